"""Warning control (warnings), written for Pyclave.

Filters, registries, catch_warnings and the display hooks behave as in
CPython 3.11.  Filter patterns are regular expressions when the re module
is available; without it (or for a pattern re rejects) they are matched as
literal prefixes, with a trailing `$`/`\\Z` anchoring the end."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _PrefixPattern:
    """Stand-in for a compiled regex when re cannot be used."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._fold = ignorecase
        text = pattern
        self._whole = text.endswith(('$', '\\Z'))
        if self._whole:
            text = text[:-2] if text.endswith('\\Z') else text[:-1]
        if text.endswith('.*'):
            text = text[:-2]
        text = text.replace('\\', '')
        self._text = text.lower() if ignorecase else text

    def match(self, subject):
        if self._fold:
            subject = subject.lower()
        return subject == self._text if self._whole else subject.startswith(self._text)

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,)


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _PrefixPattern(pattern, ignorecase)
    return re.compile(pattern, re.I if ignorecase else 0)


# -- display ------------------------------------------------------------------

def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except Exception:
        pass
    return ''


class WarningMessage(object):
    """One warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _render(msg):
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = _source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        text += "  %s\n" % line.strip()
    return text


def _emit(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        return
    try:
        stream.write(_formatwarnmsg(msg))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr).  Programs may replace
    this hook."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' plus the
    source line.  Programs may replace this hook."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


# The *_impl names are what catch_warnings swaps; the public hooks above
# are what user code may replace, and the originals are kept to tell.
_showwarnmsg_impl = _emit
_formatwarnmsg_impl = _render
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# -- filters ------------------------------------------------------------------

def _check_filter_args(action, category, lineno):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: warnings whose text matches message (a regex, case
    insensitive), of category, from a module matching module and at lineno
    (0 = any) get action."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, _compile(message, True) if message else None, category,
                _compile(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    _check_filter_args(action, category, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already present moves to the front rather than repeating.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (defaultaction then applies)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Bad -W option."""


# -- issuing ------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning attributed to the caller stacklevel frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        where, filename, lineno = sys.__dict__, "sys", 1
    else:
        where, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    module = where['__name__'] if '__name__' in where else "<string>"
    registry = where.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, where, source)


def _matching_action(text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, line = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (line == 0 or lineno == line)):
            return action, item
    return defaultaction, None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    # A registry remembers what was shown; it is void once filters change.
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, item = _matching_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source))


class catch_warnings(object):
    """Save the filters and display hook on entry and restore them on exit;
    with record=True, collect WarningMessage objects in the list that
    __enter__ returns instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


defaultaction = "default"
onceregistry = {}
filters = []

# CPython's default filters (release build, no -W options).
filters.append(("default", None, DeprecationWarning, _PrefixPattern("__main__$", False), 0))
for _category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
    filters.append(("ignore", None, _category, None, 0))
del _category
_filters_mutated()
