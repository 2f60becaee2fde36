"""The _codecs module (Pyclave): the codec functions CPython's codecs
module re-exports (utf_8_encode, latin_1_decode, charmap_build, ...),
written over str.encode and bytes.decode, which handle the common codecs
in C.  Like CPython's built-in functions they take positional arguments
only; encoders return (bytes, characters consumed), decoders (str, bytes
consumed), and a decoder called with final false keeps back an
incomplete sequence at the end of its input.  The registry itself
(register, lookup, the error handlers) lives in lib/codecs.py."""


def _check_name(encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s"
                        % type(encoding).__name__)
    if '\0' in encoding or (isinstance(errors, str) and '\0' in errors):
        raise ValueError("embedded null character")


def encode(obj, encoding='utf-8', errors='strict'):
    _check_name(encoding, errors)
    import codecs
    return codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    _check_name(encoding, errors)
    import codecs
    return codecs.decode(obj, encoding, errors)


# ---------------------------------------------------------------- argument checks

def _nargs(name, args, kwargs, lo, hi):
    if kwargs:
        raise TypeError('_codecs.%s() takes no keyword arguments' % name)
    n = len(args)
    if n < lo:
        raise TypeError('%s expected %s %d argument%s, got %d'
                        % (name, 'at least' if lo != hi else 'exactly', lo, '' if lo == 1 else 's', n))
    if n > hi:
        raise TypeError('%s expected %s %d argument%s, got %d'
                        % (name, 'at most' if lo != hi else 'exactly', hi, '' if hi == 1 else 's', n))
    return list(args) + [None] * (hi - n)


def _str(name, index, value):
    if not isinstance(value, str):
        raise TypeError('%s() argument %d must be str, not %s' % (name, index, type(value).__name__))
    return value


def _errors(name, index, value):
    if value is None:
        return 'strict'
    if not isinstance(value, str):
        raise TypeError('%s() argument %d must be str or None, not %s' % (name, index, type(value).__name__))
    return value


def _bytes(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def _int(name, index, value):
    if value is None:
        return 0
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return value.__index__()


# ---------------------------------------------------------------- incomplete tails

def _tail_utf8(data):
    """Bytes at the end of data that start an incomplete UTF-8 sequence."""
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        return k if need > k else 0
    return 0


def _tail_wide(data, size, be):
    """Bytes at the end of data that do not make a complete UTF-16/32 character."""
    rest = len(data) % size
    if size == 2 and len(data) - rest >= 2:
        i = len(data) - rest - 2
        unit = data[i] << 8 | data[i + 1] if be else data[i + 1] << 8 | data[i]
        if 0xD800 <= unit <= 0xDBFF:
            rest += 2
    return rest


# ---------------------------------------------------------------- simple codecs

def _simple_encoder(name, encoding):
    def encoder(*args, **kwargs):
        s, errors = _nargs(name, args, kwargs, 1, 2)
        s = _str(name, 1, s)
        return (s.encode(encoding, _errors(name, 2, errors)), len(s))
    encoder.__name__ = encoder.__qualname__ = name
    return encoder


def _simple_decoder(name, encoding, tail=None):
    if tail is None:
        def decoder(*args, **kwargs):
            data, errors = _nargs(name, args, kwargs, 1, 2)
            data = _bytes(data)
            return (data.decode(encoding, _errors(name, 2, errors)), len(data))
    else:
        def decoder(*args, **kwargs):
            data, errors, final = _nargs(name, args, kwargs, 1, 3)
            data = _bytes(data)
            errors = _errors(name, 2, errors)
            if not final:
                data = data[:len(data) - tail(data)]
            return (data.decode(encoding, errors), len(data))
    decoder.__name__ = decoder.__qualname__ = name
    return decoder


utf_8_encode = _simple_encoder('utf_8_encode', 'utf-8')
utf_8_decode = _simple_decoder('utf_8_decode', 'utf-8', _tail_utf8)
latin_1_encode = _simple_encoder('latin_1_encode', 'latin-1')
latin_1_decode = _simple_decoder('latin_1_decode', 'latin-1')
ascii_encode = _simple_encoder('ascii_encode', 'ascii')
ascii_decode = _simple_decoder('ascii_decode', 'ascii')
utf_16_le_encode = _simple_encoder('utf_16_le_encode', 'utf-16-le')
utf_16_be_encode = _simple_encoder('utf_16_be_encode', 'utf-16-be')
utf_32_le_encode = _simple_encoder('utf_32_le_encode', 'utf-32-le')
utf_32_be_encode = _simple_encoder('utf_32_be_encode', 'utf-32-be')
utf_16_le_decode = _simple_decoder('utf_16_le_decode', 'utf-16-le', lambda d: _tail_wide(d, 2, False))
utf_16_be_decode = _simple_decoder('utf_16_be_decode', 'utf-16-be', lambda d: _tail_wide(d, 2, True))
utf_32_le_decode = _simple_decoder('utf_32_le_decode', 'utf-32-le', lambda d: _tail_wide(d, 4, False))
utf_32_be_decode = _simple_decoder('utf_32_be_decode', 'utf-32-be', lambda d: _tail_wide(d, 4, True))


# ---------------------------------------------------------------- UTF-16/32 with a byte order

def _wide_encoder(name, size):
    base = 'utf-%d' % (size * 8)

    def encoder(*args, **kwargs):
        s, errors, byteorder = _nargs(name, args, kwargs, 1, 3)
        s = _str(name, 1, s)
        errors = _errors(name, 2, errors)
        order = _int(name, 3, byteorder)
        encoding = base if order == 0 else base + ('-le' if order < 0 else '-be')
        return (s.encode(encoding, errors), len(s))
    encoder.__name__ = encoder.__qualname__ = name
    return encoder


def _wide_decode(data, errors, order, final, size):
    """(text, consumed, byte order) of UTF-16/32 data: order 0 detects and
    skips a BOM (little-endian without one), -1/1 force the byte order."""
    base = 'utf-%d' % (size * 8)
    skip = 0
    if order == 0:
        le, be = (b'\xff\xfe', b'\xfe\xff') if size == 2 else (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')
        if len(data) >= size:
            if data.startswith(le):
                order, skip = -1, size
            elif data.startswith(be):
                order, skip = 1, size
    body = data[skip:]
    bigendian = order > 0
    if not final:
        body = body[:len(body) - _tail_wide(body, size, bigendian)]
    text = body.decode(base + ('-be' if bigendian else '-le'), errors)
    return text, skip + len(body), order


def _wide_decoder(name, size):
    def decoder(*args, **kwargs):
        data, errors, final = _nargs(name, args, kwargs, 1, 3)
        text, consumed, order = _wide_decode(_bytes(data), _errors(name, 2, errors), 0, final, size)
        return (text, consumed)
    decoder.__name__ = decoder.__qualname__ = name
    return decoder


def _wide_ex_decoder(name, size):
    def decoder(*args, **kwargs):
        data, errors, byteorder, final = _nargs(name, args, kwargs, 1, 4)
        order = _int(name, 3, byteorder)
        return _wide_decode(_bytes(data), _errors(name, 2, errors), order, final, size)
    decoder.__name__ = decoder.__qualname__ = name
    return decoder


utf_16_encode = _wide_encoder('utf_16_encode', 2)
utf_32_encode = _wide_encoder('utf_32_encode', 4)
utf_16_decode = _wide_decoder('utf_16_decode', 2)
utf_32_decode = _wide_decoder('utf_32_decode', 4)
utf_16_ex_decode = _wide_ex_decoder('utf_16_ex_decode', 2)
utf_32_ex_decode = _wide_ex_decoder('utf_32_ex_decode', 4)


# ---------------------------------------------------------------- escapes

def unicode_escape_encode(*args, **kwargs):
    s, errors = _nargs('unicode_escape_encode', args, kwargs, 1, 2)
    s = _str('unicode_escape_encode', 1, s)
    _errors('unicode_escape_encode', 2, errors)
    return (s.encode('unicode_escape'), len(s))


def raw_unicode_escape_encode(*args, **kwargs):
    s, errors = _nargs('raw_unicode_escape_encode', args, kwargs, 1, 2)
    s = _str('raw_unicode_escape_encode', 1, s)
    _errors('raw_unicode_escape_encode', 2, errors)
    return (s.encode('raw_unicode_escape'), len(s))


def _escape_input(value):
    # The escape decoders also take str (its UTF-8 bytes).
    return value.encode('utf-8') if isinstance(value, str) else _bytes(value)


def unicode_escape_decode(*args, **kwargs):
    data, errors, final = _nargs('unicode_escape_decode', args, kwargs, 1, 3)
    from encodings.unicode_escape import escape_decode
    return escape_decode(_escape_input(data), _errors('unicode_escape_decode', 2, errors),
                         True if final is None else bool(final))


def raw_unicode_escape_decode(*args, **kwargs):
    data, errors, final = _nargs('raw_unicode_escape_decode', args, kwargs, 1, 3)
    from encodings.unicode_escape import escape_decode
    return escape_decode(_escape_input(data), _errors('raw_unicode_escape_decode', 2, errors),
                         True if final is None else bool(final), raw=True)


_BYTE_ESCAPES = {0x09: b'\\t', 0x0A: b'\\n', 0x0D: b'\\r', 0x5C: b'\\\\', 0x27: b"\\'"}


def escape_encode(*args, **kwargs):
    data, errors = _nargs('escape_encode', args, kwargs, 1, 2)
    if not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not %s' % type(data).__name__)
    _errors('escape_encode', 2, errors)
    out = bytearray()
    for b in data:
        esc = _BYTE_ESCAPES.get(b)
        if esc is not None:
            out += esc
        elif 32 <= b < 127:
            out.append(b)
        else:
            out += b'\\x%02x' % b
    return (bytes(out), len(data))


_SIMPLE_BYTES = {ord('\\'): 0x5C, ord("'"): 0x27, ord('"'): 0x22, ord('a'): 7, ord('b'): 8, ord('f'): 12,
                 ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('v'): 11}
_HEXDIGITS = b'0123456789abcdefABCDEF'


def escape_decode(*args, **kwargs):
    data, errors = _nargs('escape_decode', args, kwargs, 1, 2)
    data = _escape_input(data)
    errors = _errors('escape_decode', 2, errors)
    out = bytearray()
    i, n = 0, len(data)
    invalid = None
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError('Trailing \\ in string')
        c = data[i]
        i += 1
        if c == 0x0A:
            continue
        if c in _SIMPLE_BYTES:
            out.append(_SIMPLE_BYTES[c])
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            if value > 0o377 and invalid is None:
                invalid = ('invalid octal escape sequence', value)
            out.append(value & 0xFF)
        elif c == ord('x'):
            if i + 1 < n and data[i] in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            elif errors == 'strict':
                raise ValueError('invalid \\x escape at position %d' % (i - 2))
            elif errors == 'replace':
                out.append(ord('?'))
                while i < n and data[i] in _HEXDIGITS and i < n:
                    i += 1
                    break
            elif errors != 'ignore':
                raise ValueError("decoding error; unknown error handling code: %s" % errors)
        else:
            if invalid is None:
                invalid = ('invalid escape sequence', c)
            out.append(0x5C)
            out.append(c)
    if invalid is not None:
        import warnings
        kind, value = invalid
        if kind == 'invalid escape sequence':
            warnings.warn("invalid escape sequence '\\%c'" % value, DeprecationWarning, stacklevel=2)
        else:
            warnings.warn("invalid octal escape sequence '\\%o'" % value, DeprecationWarning, stacklevel=2)
    return (bytes(out), n)


# ---------------------------------------------------------------- charmap

def charmap_build(*args, **kwargs):
    (table,) = _nargs('charmap_build', args, kwargs, 1, 1)
    table = _str('charmap_build', 1, table)
    return {ord(c): i for i, c in enumerate(table)}


def _charmap_handle(errors, exc):
    import codecs
    return codecs.lookup_error(errors)(exc)


def charmap_decode(*args, **kwargs):
    data, errors, mapping = _nargs('charmap_decode', args, kwargs, 1, 3)
    data = _bytes(data)
    errors = _errors('charmap_decode', 2, errors)
    if mapping is None:
        return (data.decode('latin-1'), len(data))
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        try:
            value = mapping[b]
        except (LookupError, TypeError) as e:
            if isinstance(e, TypeError) and not isinstance(mapping, (str, dict)):
                raise
            value = None
        if isinstance(value, int):
            if not 0 <= value <= 0x10FFFF:
                raise TypeError('character mapping must be in range(0x110000)')
            value = chr(value)
        elif value is not None and not isinstance(value, str):
            raise TypeError('character mapping must return integer, None or str')
        if value is None or value == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
            if errors == 'strict':
                raise exc
            rep, i = _charmap_handle(errors, exc)
            out.append(rep)
            continue
        out.append(value)
        i += 1
    return (''.join(out), n)


def charmap_encode(*args, **kwargs):
    s, errors, mapping = _nargs('charmap_encode', args, kwargs, 1, 3)
    s = _str('charmap_encode', 1, s)
    errors = _errors('charmap_encode', 2, errors)
    if mapping is None:
        return (s.encode('latin-1', errors), len(s))
    out = bytearray()
    i, n = 0, len(s)
    while i < n:
        try:
            value = mapping[ord(s[i])]
        except LookupError:
            value = None
        if value is None:
            exc = UnicodeEncodeError('charmap', s, i, i + 1, 'character maps to <undefined>')
            if errors == 'strict':
                raise exc
            rep, i = _charmap_handle(errors, exc)
            if isinstance(rep, str):
                rep = charmap_encode(rep, 'strict', mapping)[0]
            out += rep
            continue
        if isinstance(value, int):
            if not 0 <= value < 256:
                raise TypeError('character mapping must be in range(256)')
            out.append(value)
        elif isinstance(value, (bytes, bytearray)):
            out += value
        else:
            raise TypeError('character mapping must return integer, bytes or None, not %s'
                            % type(value).__name__)
        i += 1
    return (bytes(out), n)


def readbuffer_encode(*args, **kwargs):
    data, errors = _nargs('readbuffer_encode', args, kwargs, 1, 2)
    _errors('readbuffer_encode', 2, errors)
    data = data.encode('utf-8') if isinstance(data, str) else _bytes(data)
    return (data, len(data))


# ---------------------------------------------------------------- UTF-7

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# Characters written as themselves (RFC 2152 sets D and O, and space, tab, CR,
# LF), as CPython's encoder does; '+' is written '+-'.
_UTF7_DIRECT = set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:? \t\r\n"
    '!"#$%&*;<=>@[]^_`{|}')


def utf_7_encode(*args, **kwargs):
    s, errors = _nargs('utf_7_encode', args, kwargs, 1, 2)
    s = _str('utf_7_encode', 1, s)
    _errors('utf_7_encode', 2, errors)
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in _UTF7_DIRECT:
            out.append(c)
            i += 1
        elif c == '+':
            out.append('+-')
            i += 1
        else:
            j = i
            while j < n and s[j] not in _UTF7_DIRECT and s[j] != '+':
                j += 1
            units = s[i:j].encode('utf-16-be', 'surrogatepass')
            bits = int.from_bytes(units, 'big')
            nbits = len(units) * 8
            pad = (-nbits) % 6
            bits <<= pad
            nbits += pad
            enc = ''.join(_B64[(bits >> (nbits - 6 * (k + 1))) & 63] for k in range(nbits // 6))
            out.append('+' + enc)
            if j < n and (s[j] in _B64 or s[j] == '-'):
                out.append('-')
            elif j == n:
                out.append('-')
            i = j
    return (''.join(out).encode('ascii'), n)


def utf_7_decode(*args, **kwargs):
    data, errors, final = _nargs('utf_7_decode', args, kwargs, 1, 3)
    data = _bytes(data)
    errors = _errors('utf_7_decode', 2, errors)
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 0x2B:
            if b >= 0x80:
                exc = UnicodeDecodeError('utf-7', data, i, i + 1, 'unexpected special character')
                if errors == 'strict':
                    raise exc
                rep, i = _charmap_handle(errors, exc)
                out.append(rep)
                continue
            out.append(chr(b))
            i += 1
            continue
        start = i
        i += 1
        if i < n and data[i] == 0x2D:
            out.append('+')
            i += 1
            continue
        j = i
        while j < n and chr(data[j]) in _B64:
            j += 1
        if j == n and not final:
            return (''.join(out), start)
        bits = 0
        nbits = 0
        units = bytearray()
        for k in range(i, j):
            bits = bits << 6 | _B64.index(chr(data[k]))
            nbits += 6
            if nbits >= 16:
                nbits -= 16
                units += ((bits >> nbits) & 0xFFFF).to_bytes(2, 'big')
        out.append(bytes(units).decode('utf-16-be', 'surrogatepass'))
        i = j
        if i < n and data[i] == 0x2D:
            i += 1
    return (''.join(out), n)
