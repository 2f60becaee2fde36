"""configparser for Pyclave: INI-style configuration files, written from
the library documentation with CPython 3.11 as the oracle (same classes,
options, results and error messages).

Provided: RawConfigParser, ConfigParser, SafeConfigParser (deprecated
alias), SectionProxy, ConverterMapping, the Interpolation classes (None,
Basic, Extended, Legacy) and every exception class.  read() opens files
with the builtin open(), so it only finds files where the host gives
file access (Linux mode); read_string/read_file/read_dict work anywhere."""

from collections.abc import MutableMapping
from collections import ChainMap as _ChainMap
import functools
import io
import itertools
try:
    import os
except ImportError:     # inside an enclave: no file system, no os module
    os = None
import re
import sys
import warnings

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# ---------------------------------------------------------------------------
# Exceptions.  str() and repr() of each is its message attribute (which
# ParsingError.append extends).

class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


def _where(source, lineno, what, msg, plain):
    """'While reading from SRC [line NN]: WHAT MSG' or 'PLAIN MSG'."""
    if source is None:
        return plain + msg
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text + ": " + what + msg


class DuplicateSectionError(Error):
    """A section is repeated (in one source, or added twice)."""

    def __init__(self, section, source=None, lineno=None):
        msg = repr(section) + " already exists"
        Error.__init__(self, _where(source, lineno, "section ", msg,
                                    "Section "))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option is repeated in one source (strict parsers)."""

    def __init__(self, section, option, source=None, lineno=None):
        msg = "%r in section %r already exists" % (option, section)
        Error.__init__(self, _where(source, lineno, "option ", msg,
                                    "Option "))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" %
                       (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A substitution refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """The value does not follow the interpolation syntax."""


class InterpolationDepthError(InterpolationError):
    """Substitutions nest too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               .format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """The input does not follow the INI syntax; lists every bad line."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        if filename:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        """Deprecated, use `source'."""
        warnings.warn("The 'filename' attribute will be removed in "
                      "Python 3.12. Use 'source' instead.",
                      DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn("The 'filename' attribute will be removed in "
                      "Python 3.12. Use 'source' instead.",
                      DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line comes before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(
            self,
            'File contains no section headers.\nfile: %r, line: %d\n%r' %
            (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# "argument not given" marker: None is a valid fallback value
_UNSET = object()


# ---------------------------------------------------------------------------
# Interpolation

class Interpolation:
    """No interpolation: values pass through unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _TemplateInterpolation(Interpolation):
    """Shared engine of Basic ('%(name)s', '%%') and Extended ('${sect:name}',
    '$$') interpolation.  Subclasses set _SIGIL, _OPEN and _KEYCRE and
    implement _lookup."""

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section,
                               defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        sigil = self._SIGIL
        rest = value.replace(sigil + sigil, '')
        rest = self._KEYCRE.sub('', rest)
        if sigil in rest:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, rest.find(sigil)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map,
                          depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        sigil = self._SIGIL
        while rest:
            p = rest.find(sigil)
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == sigil:
                accum.append(sigil)
                rest = rest[2:]
            elif c == self._OPEN:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                rest = rest[m.end():]
                opt, sect, v, submap = self._lookup(
                    parser, option, section, map, rawval, m.group(1), rest)
                if sigil in v:
                    self._interpolate_some(parser, opt, accum, v, sect,
                                           submap(), depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%s' must be followed by '%s' or '%s', found: %r"
                    % (sigil, sigil, self._OPEN, rest))


class BasicInterpolation(_TemplateInterpolation):
    """'%(name)s' refers to another option of the same section (or the
    default section); '%%' is a literal percent sign."""

    _SIGIL = '%'
    _OPEN = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _lookup(self, parser, option, section, map, rawval, name, rest):
        var = parser.optionxform(name)
        try:
            v = map[var]
        except KeyError:
            raise InterpolationMissingOptionError(
                option, section, rawval, var) from None
        # nested references are resolved by the *outer* option's name
        return option, section, v, lambda: map


class ExtendedInterpolation(_TemplateInterpolation):
    """'${name}' or '${section:name}' (zc.buildout syntax); '$$' is a
    literal dollar sign."""

    _SIGIL = '$'
    _OPEN = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _lookup(self, parser, option, section, map, rawval, name, rest):
        path = name.split(':')
        sect = section
        opt = option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                v = map[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                v = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, rawval, ":".join(path)) from None
        return opt, sect, v, lambda: dict(parser.items(sect, raw=True))


class LegacyInterpolation(Interpolation):
    """Deprecated: the interpolation of very old ConfigParser versions."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(
                lambda m: self._interpolation_replace(m, parser), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, rawval, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def before_set(self, parser, section, option, value):
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        s = match.group(1)
        if s is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(s)


# ---------------------------------------------------------------------------
# Parsers

_SECT_TMPL = r"""
    \[                                 # [
    (?P<header>.+)                     # anything up to the last ]
    \]                                 # ]
    """
_OPT_TMPL = r"""
    (?P<option>.*?)                    # the shortest name
    \s*(?P<vi>{delim})\s*              # a delimiter, spaces around it
    (?P<value>.*)$                     # the rest of the line
    """
_OPT_NV_TMPL = r"""
    (?P<option>.*?)                    # the shortest name
    \s*(?:                             # optionally:
    (?P<vi>{delim})\s*                 #   a delimiter
    (?P<value>.*))?$                   #   and a value
    """


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    _SECT_TMPL = _SECT_TMPL
    _OPT_TMPL = _OPT_TMPL
    _OPT_NV_TMPL = _OPT_NV_TMPL
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            d = "|".join(re.escape(d) for d in delimiters)
            tmpl = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(tmpl.format(delim=d), re.VERBOSE)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of "
                f"Interpolation; got an object of type "
                f"{type(self._interpolation)}")
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options ----------------------------------------------

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, without the default section."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Create a section; DuplicateSectionError if it exists, ValueError
        for the default section's name."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Is the section present?  (The default section is not counted.)"""
        return section in self._sections

    def options(self, section):
        """The option names of a section, defaults included."""
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    # -- reading -----------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Read the files that exist among filenames (one name or an
        iterable); return the list of files read."""
        single = (str, bytes) if os is None else (str, bytes, os.PathLike)
        if isinstance(filenames, single):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if os is not None and isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            done.append(filename)
        return done

    def read_file(self, f, source=None):
        """Read from an iterable of lines (a file object); source names it
        in error messages (default: f.name, else '<???>')."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read configuration from a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read {section: {option: value}}; everything is converted to str
        (None values stay None)."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    # -- getting -----------------------------------------------------------

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of an option, looked up in vars, the section, then the
        default section; interpolated unless raw."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars,
                             **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs.  With one: a list
        of (option, value) pairs, defaults included, interpolated unless
        raw; vars override the defaults."""
        if section is _UNSET:
            return super().items()
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, d[name], d))
                for name in names]

    def popitem(self):
        """Remove and return the first (name, SectionProxy); KeyError when
        there is no section (the default section is never removed)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Does the option exist in the section (or the defaults)?  An empty
        section name means the default section."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- changing ----------------------------------------------------------

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        """Set an option."""
        if value:
            value = self._interpolation.before_set(self, section, option,
                                                   value)
        sectdict = self._section_dict(section)
        sectdict[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI format to a file object (comments
        of the original input are not kept)."""
        if space_around_delimiters:
            d = " {} ".format(self._delimiters[0])
        else:
            d = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section,
                                self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section,
                                self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key,
                                                     value)
            if value is not None or not self._allow_no_value:
                # continuation lines are indented with a tab
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        sectdict = self._section_dict(section)
        option = self.optionxform(option)
        if option in sectdict:
            del sectdict[option]
            return True
        return False

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # -- mapping protocol --------------------------------------------------

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # parser[s] = parser[s] must not wipe the section first
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # -- the parser proper -------------------------------------------------

    def _comment_start(self, line):
        """Index where a comment starts in line, or None.  An inline prefix
        only counts at the line start or after whitespace; a full-line
        prefix counts after leading whitespace."""
        start = sys.maxsize
        pending = {p: -1 for p in self._inline_comment_prefixes}
        while start == sys.maxsize and pending:
            found = {}
            for prefix, index in pending.items():
                index = line.find(prefix, index + 1)
                if index == -1:
                    continue
                found[prefix] = index
                if index == 0 or (index > 0 and line[index - 1].isspace()):
                    start = min(start, index)
            pending = found
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                start = 0
                break
        return None if start == sys.maxsize else start

    def _read(self, fp, fpname):
        """Parse INI text: section headers, name/value lines, indented
        continuation lines, comments.  Bad lines are collected into one
        ParsingError raised at the end; duplicates in strict mode and
        options before any header raise at once."""
        seen = set()
        cursect = None
        sectname = None
        optname = None
        lineno = 0
        indent_level = 0
        err = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            value = line[:comment_start].strip()
            if not value:
                if self._empty_lines_in_values:
                    # a blank (not comment) line may belong to a value
                    if (comment_start is None and cursect is not None and
                            optname and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    # a blank line ends the current value
                    indent_level = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            cur_indent = first.start() if first else 0
            if (cursect is not None and optname and
                    cur_indent > indent_level):
                cursect[optname].append(value)
                continue
            indent_level = cur_indent
            mo = self.SECTCRE.match(value)
            if mo:
                sectname = mo.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    seen.add(sectname)
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    self._sections[sectname] = cursect
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    seen.add(sectname)
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                mo = self._optcre.match(value)
                if not mo:
                    err = self._handle_error(err, fpname, lineno, line)
                    continue
                optname, vi, optval = mo.group('option', 'vi', 'value')
                if not optname:
                    err = self._handle_error(err, fpname, lineno, line)
                optname = self.optionxform(optname.rstrip())
                if self._strict and (sectname, optname) in seen:
                    raise DuplicateOptionError(sectname, optname,
                                               fpname, lineno)
                seen.add((sectname, optname))
                if optval is not None:
                    cursect[optname] = [optval.strip()]
                else:
                    cursect[optname] = None
        self._join_multiline_values()
        if err:
            raise err

    def _join_multiline_values(self):
        everything = itertools.chain(
            ((self.default_section, self._defaults),), self._sections.items())
        for section, options in everything:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(
                    self, section, name, val)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _unify_values(self, section, vars):
        """vars over the section over the defaults, as one mapping."""
        sectiondict = {}
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return _ChainMap(vardict, sectiondict, self._defaults)

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        """TypeError for non-str names and values (None is allowed as a
        value with allow_no_value)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser with BasicInterpolation and type checks on set()."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option; the value must be a string with valid
        interpolation syntax."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create a new section; the name must be a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # the defaults are stored as strings, without syntax checks
        saved = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SafeConfigParser(ConfigParser):
    """Deprecated alias of ConfigParser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser "
            "in Python 3.2. This alias will be removed in Python 3.12."
            " Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A live view of one section of a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            getter = functools.partial(self.get, _impl=getattr(parser, key))
            setattr(self, key, getter)

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and
                self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """An option's value, or fallback (None by default)."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars,
                     fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """Name -> converter; parser.converters['x'] = f creates parser.getx()
    and SectionProxy.getx().  Getters the parser class defines itself
    (getint, getfloat, getboolean) map to None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(self._parser):
            m = self.GETTERCRE.match(getter)
            if not m or not callable(getattr(self._parser, getter)):
                continue
            self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'
                             ''.format(key, type(key)))
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, k, func)
        for proxy in self._parser.values():
            setattr(proxy, k, functools.partial(proxy.get, _impl=func))

    def __delitem__(self, key):
        try:
            k = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
