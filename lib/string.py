"""String constants, capwords, Template and Formatter.

Template builds its placeholder regex from delimiter, idpattern,
braceidpattern and flags when a subclass is created, or takes a
subclass's own `pattern`, as CPython's does."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalise each word of s: words are split on sep (default: runs of
    whitespace, which are then joined with one space) and joined back."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' with IGNORECASE matches the non-ASCII 'ı' and 'ſ': the
    # inline (?a:...) keeps identifiers ASCII, as CPython's does.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            bident = cls.braceidpattern or cls.idpattern
            pattern = (
                f"{delim}(?:\n"
                f"  (?P<escaped>{delim})  |\n"
                f"  (?P<named>{ident})  |\n"
                f"  {{(?P<braced>{bident})}} |\n"
                f"  (?P<invalid>)\n"
                f")\n")
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


# The pattern of Template itself (subclasses get theirs in __init_subclass__).
Template.__init_subclass__()


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) like
    str.format's parser."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            # find the matching close brace, allowing nested {} in the spec
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if depth and i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            conversion = None
            spec = ''
            # split name / conversion / spec, ignoring ! and : inside []
            k = 0
            bracket = False
            name_end = len(field)
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    name_end = k
                    break
                k += 1
            name = field[:name_end]
            rest = field[name_end:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            yield (''.join(literal), name, spec, conversion)
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield (''.join(literal), None, None, None)


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])"""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The str.format() engine as overridable steps: parse the template,
    look fields up (get_value/get_field), convert (!r/!s/!a) and format
    each one (format_field)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, template, args, kwargs, used, depth, next_auto=0):
        """Format template; returns the text and the automatic field
        counter (False once fields have been numbered by hand).  Format
        specs may contain fields themselves, expanded one level deeper."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        mixed = ('cannot switch from manual field specification to '
                 'automatic field numbering')
        pieces = []
        for literal, name, spec, conversion in self.parse(template):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if next_auto is False:
                    raise ValueError(mixed)
                name = str(next_auto)
                next_auto += 1
            elif name.isdigit():
                if next_auto:
                    raise ValueError(mixed)
                next_auto = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_auto = self._vformat(spec, args, kwargs, used, depth - 1, next_auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_auto

    def get_value(self, key, args, kwargs):
        """An integer key indexes the positional arguments, a name the
        keyword arguments."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook to reject unused arguments; the default accepts them."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    _CONVERTERS = {'s': str, 'r': repr, 'a': ascii}

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converter = self._CONVERTERS.get(conversion)
        if converter is None:
            raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
        return converter(value)

    def parse(self, format_string):
        """(literal text, field name, format spec, conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name such as '0.attr[key]' designates, and
        the argument key it started from."""
        first, path = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, part in path:
            value = getattr(value, part) if is_attribute else value[part]
        return value, first
