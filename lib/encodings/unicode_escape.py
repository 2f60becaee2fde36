"""The unicode_escape codec: Python string-literal escapes over Latin-1."""

import codecs

_SIMPLE = {ord("\\"): "\\", ord("'"): "'", ord('"'): '"', ord("a"): "\a", ord("b"): "\b",
           ord("f"): "\f", ord("n"): "\n", ord("r"): "\r", ord("t"): "\t", ord("v"): "\v",
           ord("\n"): ""}
_HEX = b"0123456789abcdefABCDEF"
_DIGITS = {ord("x"): (2, "truncated \\xXX escape"), ord("u"): (4, "truncated \\uXXXX escape"),
           ord("U"): (8, "truncated \\UXXXXXXXX escape")}


def _handle(errors, codec, data, start, end, reason, out):
    """Apply the error handler; returns where decoding resumes."""
    exc = UnicodeDecodeError(codec, data, start, end, reason)
    if errors == "strict":
        raise exc
    rep, pos = codecs._handler_result(codecs.lookup_error(errors)(exc), str,
                                      "decoding error handler must return (str, int) tuple", len(data))
    out.append(rep)
    return pos


def _warn(message):
    import warnings
    # 1: here, 2: escape_decode, 3: the codec function, 4: codecs.decode,
    # codecs._decode_text (for bytes.decode) or the incremental decoder's
    # decode, 5: the program.
    warnings.warn(message, DeprecationWarning, stacklevel=5)


def escape_decode(data, errors="strict", final=True, raw=False):
    data = bytes(data)
    codec = "rawunicodeescape" if raw else "unicodeescape"
    out = []
    n = len(data)
    i = 0
    invalid = None  # only the first invalid escape is reported, as in CPython
    while i < n:
        b = data[i]
        if b != 0x5C:
            j = data.find(b"\\", i)
            j = n if j < 0 else j
            out.append(data[i:j].decode("latin-1"))
            i = j
            continue
        start = i
        if raw:
            # Only \u and \U after an odd run of backslashes are escapes.
            j = i
            while j < n and data[j] == 0x5C:
                j += 1
            if (j - i) % 2 == 0 or j >= n or data[j] not in b"uU":
                out.append("\\" * (j - i))
                i = j
                continue
            out.append("\\" * (j - i - 1))
            start = i = j - 1
        if i + 1 >= n:
            if not final:
                break
            i = _handle(errors, codec, data, start, n, "\\ at end of string", out)
            continue
        c = data[i + 1]
        i += 2
        if not raw and c in _SIMPLE:
            out.append(_SIMPLE[c])
        elif not raw and 0x30 <= c <= 0x37:
            value = c - 0x30
            k = 0
            while k < 2 and i < n and 0x30 <= data[i] <= 0x37:
                value = value * 8 + data[i] - 0x30
                i += 1
                k += 1
            if value > 0o377 and invalid is None:
                invalid = "invalid octal escape sequence '\\%o'" % value
            out.append(chr(value))
        elif c in _DIGITS and (raw is False or c != ord("x")):
            count, reason = _DIGITS[c]
            j = i
            while j < n and j - i < count and data[j] in _HEX:
                j += 1
            if j - i < count:
                if not final and j == n:
                    i = start
                    break
                i = _handle(errors, codec, data, start, j, reason, out)
                continue
            value = int(data[i:j], 16)
            if value > 0x10FFFF:
                reason = "\\Uxxxxxxxx out of range" if raw else "illegal Unicode character"
                i = _handle(errors, codec, data, start, j, reason, out)
                continue
            out.append(chr(value))
            i = j
        elif not raw and c == ord("N"):
            if i < n and data[i] == ord("{"):
                close = data.find(b"}", i + 1)
                if close < 0 and not final:
                    i = start
                    break
                if close > i + 1:
                    import unicodedata
                    try:
                        out.append(unicodedata.lookup(data[i + 1:close].decode("latin-1")))
                        i = close + 1
                    except KeyError:
                        i = _handle(errors, codec, data, start, close + 1, "unknown Unicode character name", out)
                    continue
                end = n if close < 0 else close
            else:
                end = i
            i = _handle(errors, codec, data, start, end, "malformed \\N character escape", out)
        else:
            if not raw and invalid is None:
                invalid = "invalid escape sequence '\\%s'" % chr(c)
            out.append("\\" + chr(c))
    if invalid is not None:
        _warn(invalid)
    return "".join(out), i


def _encode(input, errors="strict"):
    if not isinstance(input, str):
        raise TypeError("unicode_escape_encode() argument 1 must be str, not %s" % type(input).__name__)
    return input.encode("unicode_escape"), len(input)


def _decode(input, errors="strict"):
    return escape_decode(input, errors)


class Codec(codecs.Codec):
    encode = staticmethod(_encode)
    decode = staticmethod(_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return escape_decode(input, errors, final)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="unicode-escape", encode=_encode, decode=_decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
