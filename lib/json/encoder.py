"""JSON encoder (Pyclave), producing the same text as CPython 3.11."""

__all__ = ['JSONEncoder']

try:
    from _json import (encode_basestring_ascii as c_encode_basestring_ascii,
                       encode_basestring as c_encode_basestring, encode as _c_encode)
except ImportError:
    c_encode_basestring_ascii = c_encode_basestring = _c_encode = None

INFINITY = float('inf')

_ESC = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    out = ['"']
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    out = ['"']
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif ' ' <= c <= '~':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


def _yield_text(o, cfg):
    # CPython encodes with indent through its pure-Python generator: the
    # text (and any error) comes when the result is iterated.
    yield _c_encode(o, cfg)


class JSONEncoder(object):
    """Turns Python values into JSON text: dict -> object, list/tuple ->
    array, str -> string, int/float -> number, True/False -> true/false,
    None -> null.  Subclasses override default() for other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing space before a newline.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects the encoder cannot handle: return something
        it can, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as a sequence of string pieces."""
        if _one_shot and _c_encode is not None:
            # The whole text at once from the C encoder (json.dump's pieces
            # are cut by the Python writer below).
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            key_sep, item_sep = self.key_separator, self.item_separator
            if isinstance(key_sep, str) and isinstance(item_sep, str):
                cfg = (self.check_circular, self.default, self.ensure_ascii, self.allow_nan, self.sort_keys,
                       self.skipkeys, indent, key_sep, item_sep, indent is not None)
                if indent is None:
                    return [_c_encode(o, cfg)]
                return _yield_text(o, cfg)
        # CPython's C accelerator (one-shot, no indent) words the NaN error
        # without the value; the Python path includes it.
        return _Writer(self, _one_shot and self.indent is None).run(o)


class _Writer:
    """One encoding run: settings copied from the encoder, the output pieces
    and the ids of the containers being written (for cycle detection)."""

    def __init__(self, encoder, terse_errors):
        self.encoder = encoder
        self.terse_errors = terse_errors
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.allow_nan = encoder.allow_nan
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.active = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = encoder.item_separator
        self.key_sep = encoder.key_separator
        self.out = []

    def run(self, o):
        self.value(o, 0)
        return self.out

    def number(self, f):
        if f != f:
            text = 'NaN'
        elif f == INFINITY:
            text = 'Infinity'
        elif f == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(f)
        if not self.allow_nan:
            if self.terse_errors:
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(f))
        return text

    def scalar(self, o):
        """The text of a scalar, or None if o is not one."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def enter(self, o):
        if self.active is not None:
            key = id(o)
            if key in self.active:
                raise ValueError('Circular reference detected')
            self.active[key] = o

    def leave(self, o):
        if self.active is not None:
            del self.active[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(o)

    # The pieces are cut where CPython's pure-Python encoder cuts them, since
    # json.dump() writes them one by one: an array item that is a scalar
    # comes with the text before it ('[' or the separator), a container item
    # does not; object keys, key separators and values are pieces of their own.

    def array(self, items, level):
        if not items:
            self.out.append('[]')
            return
        self.enter(items)
        pending = '['
        if self.indent is None:
            sep = self.item_sep
        else:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            pending += newline
        first = True
        for item in items:
            if not first:
                pending = sep
            first = False
            text = self.scalar(item)
            if text is not None:
                self.out.append(pending + text)
            else:
                self.out.append(pending)
                self.value(item, level)
        if self.indent is not None:
            self.out.append('\n' + self.indent * (level - 1))
        self.out.append(']')
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.number(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, mapping, level):
        if not mapping:
            self.out.append('{}')
            return
        self.enter(mapping)
        self.out.append('{')
        if self.indent is None:
            sep = self.item_sep
        else:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            self.out.append(newline)
        pairs = sorted(mapping.items()) if self.sort_keys else mapping.items()
        first = True
        for key, item in pairs:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                self.out.append(sep)
            first = False
            self.out.append(self.quote(text))
            self.out.append(self.key_sep)
            self.value(item, level)
        if self.indent is not None:
            self.out.append('\n' + self.indent * (level - 1))
        self.out.append('}')
        self.leave(mapping)
