"""The codecs module for Pyclave, over str.encode and bytes.decode.

Codecs: utf-8, utf-8-sig, utf-16(-le/-be), utf-32(-le/-be), latin-1 and
ascii (native in str.encode / bytes.decode), and those of the encodings
package (unicode-escape, raw-unicode-escape, rot13, hex, base64), found
the way CPython finds them.  str.encode and bytes.decode call back into
this module (_encode_text / _decode_text) for encodings and error
handlers they do not know natively."""

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

import builtins
import sys
from _codecs import _tail_utf8, _tail_wide  # incomplete-tail helpers, shared
from _codecs import (utf_8_encode, utf_8_decode, latin_1_encode, latin_1_decode, ascii_encode,
                     ascii_decode, utf_16_encode, utf_16_decode, utf_16_le_encode, utf_16_le_decode,
                     utf_16_be_encode, utf_16_be_decode, utf_16_ex_decode, utf_32_encode, utf_32_decode,
                     utf_32_le_encode, utf_32_le_decode, utf_32_be_encode, utf_32_be_decode,
                     utf_32_ex_decode, utf_7_encode, utf_7_decode, unicode_escape_encode,
                     unicode_escape_decode, raw_unicode_escape_encode, raw_unicode_escape_decode,
                     escape_encode, escape_decode, charmap_build, charmap_encode, charmap_decode,
                     readbuffer_encode)

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE        # little-endian machines
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__,
                                                           self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecoded tail of the input between calls."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class BufferedIncrementalEncoder(IncrementalEncoder):
    """
    This subclass of IncrementalEncoder can be used as the baseclass for an
    incremental encoder if the encoder must keep some of the output in a
    buffer between calls to encode().
    """

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        # unencoded input that is kept between calls to encode()
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        # Overwrite this method in subclasses: It must encode input
        # and return an (output, length consumed) tuple
        raise NotImplementedError

    def encode(self, input, final=False):
        # encode input (taking the buffer into account)
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        # keep unencoded input until the next call
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        # If we have lines cached, first merge them back into characters
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            # For compatibility with other read() methods that take a
            # single argument
            chars = size
        # read until we get the required number of characters (if available)
        while True:
            # can the request be satisfied from the character buffer?
            if chars >= 0:
                if len(self.charbuffer) >= chars:
                    break
            # we need more data
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            # decode bytes (those remaining from the last call included)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            # keep undecoded bytes until the next call
            self.bytebuffer = data[decodedbytes:]
            # put new characters in the character buffer
            self.charbuffer += newchars
            # there was no data available
            if not newdata:
                break
        if chars < 0:
            # Return everything we've got
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            # Return the first chars characters
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        # If we have lines cached from an earlier read, return
        # them unconditionally
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                # revert to charbuffer mode; we might need more data
                # next time
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line

        readsize = size or 72
        line = self._empty_charbuffer
        # If size is given, we call read() only once
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # If we're at a "\r" read one extra character (which might
                # be a "\n") to get a proper line ending.
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)

            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    # More than one line result; the first line is a full line
                    # to return
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        # cache the remaining lines
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        # only one remaining line, put it back into charbuffer
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:  # We really have a line end
                    # Put the rest back together and keep it until the next call
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + \
                                      self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            # we didn't get anything or this was our only try
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    """StreamReaderWriter instances allow wrapping streams which
    work in both read and write modes."""

    # Optional attributes set by the file wrappers below
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    # these are needed to make "with StreamReaderWriter(...)" work properly

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamRecoder:
    """StreamRecoder instances translate data from one encoding to another."""

    # Optional attributes set by the file wrappers below
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        # Seeks must be propagated to both the readers and writers
        # as they might need to reset their internal buffers.
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        # Force opening of the file in binary mode
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file

    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        # Add attributes to simplify introspection
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent
    encoding translation."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    # Add attributes to simplify introspection
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def make_identity_dict(rng):
    """make_identity_dict(rng) -> dict

    Return a dictionary where elements of the rng sequence are
    mapped to themselves.
    """
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Creates an encoding map from a decoding map."""
    m = {}
    for k, v in decoding_map.items():
        if not v in m:
            m[v] = k
        else:
            m[v] = None
    return m


# ---------------------------------------------------------------- the built-in codecs

def _make_codec(name, enc, tail=None, bom=b"", size=0):
    """A CodecInfo for an encoding str.encode/bytes.decode know as enc.
    tail(data) gives the bytes an incremental decoder must keep back; bom
    (with size, the unit size) makes the decoder detect and strip a BOM."""

    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (_C_NAMES[name], type(input).__name__))
        return (input.encode(enc, errors), len(input))

    def decode(input, errors="strict", final=True):
        data = bytes(input)
        if not final and tail is not None:
            data = data[:len(data) - tail(data)]
        return (data.decode(enc, errors), len(data))

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first or not bom:
                self.first = False
                return input.encode(enc, self.errors)
            return input.encode(_NO_BOM[enc], self.errors)

        def reset(self):
            self.first = True

        def getstate(self):
            return 2 if self.first and bom else 0

        def setstate(self, state):
            self.first = bool(state)

    IncEncoder.__name__ = IncEncoder.__qualname__ = "IncrementalEncoder"

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.enc = enc

        def _buffer_decode(self, data, errors, final):
            skip = 0
            if self.enc == enc and bom:
                # Detect the byte order (or the utf-8-sig signature) first.
                if enc == "utf-8-sig":
                    if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                        return ("", 0)
                    self.enc = "utf-8"
                    if data.startswith(BOM_UTF8):
                        skip = 3
                else:
                    if len(data) < size and not final:
                        return ("", 0)
                    le, be = (BOM_UTF16_LE, BOM_UTF16_BE) if size == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
                    if data.startswith(le):
                        self.enc, skip = _NO_BOM[enc], size
                    elif data.startswith(be):
                        self.enc, skip = _BE[enc], size
                    else:
                        self.enc = _NO_BOM[enc]
            body = data[skip:]
            keep = 0
            if not final:
                if self.enc == "utf-8":
                    keep = _tail_utf8(body)
                elif size:
                    keep = _tail_wide(body, size, self.enc.endswith("be"))
            body = body[:len(body) - keep]
            return (body.decode(self.enc, errors), skip + len(body))

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.enc = enc

    IncDecoder.__name__ = IncDecoder.__qualname__ = "IncrementalDecoder"

    class Writer(StreamWriter):
        pass

    Writer.encode = staticmethod(encode)

    class Reader(StreamReader):
        pass

    # A stream reader keeps an incomplete sequence for the next read.
    Reader.decode = staticmethod(lambda input, errors="strict": decode(input, errors, False))
    for cls in (IncEncoder, IncDecoder, Writer, Reader):
        cls.__module__ = "encodings." + name.replace("-", "_")
    Writer.__name__ = Writer.__qualname__ = "StreamWriter"
    Reader.__name__ = Reader.__qualname__ = "StreamReader"
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name)


_NO_BOM = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}
_BE = {"utf-16": "utf-16-be", "utf-32": "utf-32-be"}


def _wide_tail(size, be):
    return lambda data: _tail_wide(data, size, be)


_BUILTIN = {
    "utf_8": lambda: _make_codec("utf-8", "utf-8", _tail_utf8),
    "utf_8_sig": lambda: _make_codec("utf-8-sig", "utf-8-sig", _tail_utf8, BOM_UTF8),
    "utf_16": lambda: _make_codec("utf-16", "utf-16", _wide_tail(2, False), BOM_UTF16, 2),
    "utf_16_le": lambda: _make_codec("utf-16-le", "utf-16-le", _wide_tail(2, False), b"", 2),
    "utf_16_be": lambda: _make_codec("utf-16-be", "utf-16-be", _wide_tail(2, True), b"", 2),
    "utf_32": lambda: _make_codec("utf-32", "utf-32", _wide_tail(4, False), BOM_UTF32, 4),
    "utf_32_le": lambda: _make_codec("utf-32-le", "utf-32-le", _wide_tail(4, False), b"", 4),
    "utf_32_be": lambda: _make_codec("utf-32-be", "utf-32-be", _wide_tail(4, True), b"", 4),
    "latin_1": lambda: _make_codec("iso8859-1", "latin-1"),
    "ascii": lambda: _make_codec("ascii", "ascii"),
}

_ALIASES = {
    "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",
    "cp65001": "utf_8", "utf_8_sig": "utf_8_sig", "utf16": "utf_16", "u16": "utf_16",
    "utf_16le": "utf_16_le", "unicodelittleunmarked": "utf_16_le", "utf_16be": "utf_16_be",
    "unicodebigunmarked": "utf_16_be", "utf32": "utf_32", "u32": "utf_32", "utf_32le": "utf_32_le",
    "utf_32be": "utf_32_be", "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1", "iso8859_1": "latin_1",
    "iso_8859_1": "latin_1", "8859": "latin_1", "cp819": "latin_1", "iso_ir_100": "latin_1",
    "iso_8859_1:1987": "latin_1", "ibm819": "latin_1", "csisolatin1": "latin_1", "us_ascii": "ascii",
    "646": "ascii", "us": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii",
    "iso646_us": "ascii", "cp367": "ascii", "csascii": "ascii", "ibm367": "ascii", "iso_ir_6": "ascii",
}

_search_functions = []
_cache = {}


def _normalize(encoding):
    return encoding.lower().replace("-", "_").replace(" ", "_")


def _builtin_search(norm):
    key = _ALIASES.get(norm, norm)
    make = _BUILTIN.get(key)
    if make:
        return make()
    import encodings
    modname = encodings.normalize_encoding(norm)
    modname = encodings.aliases.get(modname, modname)
    if not modname.isidentifier():
        return None
    try:
        module = __import__("encodings." + modname, fromlist=["getregentry"])
    except ImportError:
        return None
    getregentry = getattr(module, "getregentry", None)
    return getregentry() if getregentry else None


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    info = _builtin_search(norm)
    if info is None:
        for func in _search_functions:
            info = func(norm)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[norm] = info
    return info


# Exceptions CPython re-raises with the codec's name in the message: those
# whose type adds no state of its own.
_UNWRAPPED = (UnicodeError, OSError, SyntaxError, ImportError, StopIteration, SystemExit, AttributeError,
              NameError, KeyboardInterrupt)


def _wrapped(e, op, name):
    if isinstance(e, _UNWRAPPED) or getattr(e, "__dict__", None) or len(e.args) > 1:
        return None
    try:
        new = type(e)("%s with %r codec failed (%s: %s)" % (op, name, type(e).__name__, e))
    except Exception:
        return None
    new.__cause__ = e
    return new


def encode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    try:
        if errors in _custom_errors:
            return _encode_custom(obj, info, errors)
        return info.encode(obj, errors)[0]
    except Exception as e:
        new = _wrapped(e, "encoding", encoding)
        if new is None:
            raise
        raise new from e


_C_NAMES = {"utf-8": "utf_8", "utf-8-sig": "utf_8", "utf-16": "utf_16", "utf-16-le": "utf_16_le",
            "utf-16-be": "utf_16_be", "utf-32": "utf_32", "utf-32-le": "utf_32_le", "utf-32-be": "utf_32_be",
            "iso8859-1": "latin_1", "ascii": "ascii", "unicode-escape": "unicode_escape",
            "raw-unicode-escape": "raw_unicode_escape"}


def decode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    try:
        if errors in _custom_errors:
            return _decode_custom(obj, info, errors)
        return info.decode(obj, errors)[0]
    except Exception as e:
        if isinstance(e, TypeError) and isinstance(obj, str) and info._is_text_encoding:
            e = TypeError("a bytes-like object is required, not 'str'")
        new = _wrapped(e, "decoding", encoding)
        if new is None:
            raise
        raise new from e


def _encode_text(obj, encoding, errors):
    """str.encode for what it does not know natively (called from C)."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("%r is not a text encoding; use codecs.encode() to handle arbitrary codecs"
                          % encoding)
    result = _encode_custom(obj, info, errors) if errors in _custom_errors else info.encode(obj, errors)[0]
    if not isinstance(result, bytes):
        raise TypeError("%r encoder returned %r instead of 'bytes'; use codecs.encode() to encode to "
                        "arbitrary types" % (encoding, type(result).__name__))
    return result


def _decode_text(obj, encoding, errors):
    """bytes.decode for what it does not know natively (called from C)."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("%r is not a text encoding; use codecs.decode() to handle arbitrary codecs"
                          % encoding)
    result = _decode_custom(obj, info, errors) if errors in _custom_errors else info.decode(obj, errors)[0]
    if not isinstance(result, str):
        raise TypeError("%r decoder returned %r instead of 'str'; use codecs.decode() to decode to "
                        "arbitrary types" % (encoding, type(result).__name__))
    return result


def _handler_result(result, rep_types, message, length):
    """Check an error handler's (replacement, position) answer."""
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], rep_types) \
            or not isinstance(result[1], int):
        raise TypeError(message)
    rep, pos = result
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return rep, pos


def _encode_custom(full, info, errors):
    handler = _custom_errors[errors]
    out = []
    pos = 0
    while True:
        s = full[pos:]
        try:
            out.append(info.encode(s, "strict")[0])
            break
        except UnicodeEncodeError as e:
            out.append(info.encode(s[:e.start], "strict")[0])
            exc = UnicodeEncodeError(e.encoding, full, pos + e.start, pos + e.end, e.reason)
            rep, pos = _handler_result(handler(exc), (str, bytes), "encoding error handler must return "
                                       "(str/bytes, int) tuple", len(full))
            if isinstance(rep, str):
                rep = info.encode(rep, "strict")[0]
            out.append(bytes(rep))
    return b"".join(out)


def _decode_custom(full, info, errors):
    handler = _custom_errors[errors]
    full = bytes(full)
    out = []
    pos = 0
    while True:
        b = full[pos:]
        try:
            out.append(info.decode(b, "strict")[0])
            break
        except UnicodeDecodeError as e:
            out.append(info.decode(b[:e.start], "strict")[0])
            exc = UnicodeDecodeError(e.encoding, full, pos + e.start, pos + e.end, e.reason)
            rep, pos = _handler_result(handler(exc), str, "decoding error handler must return (str, int) tuple",
                                       len(full))
            out.append(rep)
    return "".join(out)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---------------------------------------------------------------- error handlers

def _check_exc(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _check_exc(exc)
    return ("", exc.end)


def replace_errors(exc):
    _check_exc(exc)
    n = exc.end - exc.start
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    return ("?" * n if isinstance(exc, UnicodeEncodeError) else "\ufffd" * n, exc.end)


def _hex_escape(c):
    if c < 0x100:
        return "\\x%02x" % c
    if c < 0x10000:
        return "\\u%04x" % c
    return "\\U%08x" % c


def backslashreplace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_hex_escape(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append("\\N{%s}" % name if name is not None else _hex_escape(ord(c)))
    return ("".join(out), exc.end)


def _surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in data[:4]):
            return ("".join(chr(0xDC00 + b) for b in data[:4]), exc.start + min(4, len(data)))
    elif isinstance(exc, UnicodeEncodeError):
        chars = exc.object[exc.start:exc.end]
        if all(0xDC80 <= ord(c) <= 0xDCFF for c in chars):
            return (bytes(ord(c) - 0xDC00 for c in chars), exc.end)
    else:
        _check_exc(exc)
    raise exc


def _surrogatepass(exc):
    if isinstance(exc, UnicodeEncodeError):
        chars = exc.object[exc.start:exc.end]
        if all(0xD800 <= ord(c) <= 0xDFFF for c in chars):
            return (chars.encode("utf-8", "surrogatepass"), exc.end)
    elif not isinstance(exc, UnicodeDecodeError):
        _check_exc(exc)
    raise exc


_builtin_errors = {
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors, "surrogateescape": _surrogateescape, "surrogatepass": _surrogatepass,
}
_custom_errors = {}


def register_error(name, handler):
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    if name in _builtin_errors:
        _builtin_errors[name] = handler
    else:
        _custom_errors[name] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    handler = _custom_errors.get(name) or _builtin_errors.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler
