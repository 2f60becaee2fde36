"""The io module for Pyclave: open() and the file type come from the C
module _io; the abstract base classes, StringIO and BytesIO are written
here in Python (CPython 3.11 behaviour and messages)."""

import abc as _abc
from _io import open, TextIOWrapper, DEFAULT_BUFFER_SIZE
import _io

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


def _closed_error(dot=True):
    return ValueError("I/O operation on closed file." if dot else "I/O operation on closed file")


def _index_or_none(size):
    """The size argument of read()/readline(): an integer or None (-1)."""
    if size is None:
        return -1
    if hasattr(type(size), "__index__"):
        return size.__index__()
    raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)


def _bytes_view(b):
    try:
        return memoryview(b).cast("B")
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


def _index(value):
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


class IOBase(metaclass=_abc.ABCMeta):
    """The base class of all I/O classes."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error()

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index_or_none(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None:
            hint = -1
        else:
            hint = _index(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _index_or_none(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def _readinto(self, b, read1):
        m = memoryview(b).cast("B")
        data = self.read1(len(m)) if read1 else self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


TextIOBase.register(_io.TextIOWrapper)
if hasattr(_io, "_BufferedIO"):
    BufferedIOBase.register(_io._BufferedIO)
    BufferedReader = BufferedWriter = BufferedRandom = _io._BufferedIO


# ---------------------------------------------------------------- BytesIO

class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += _bytes_view(initial_bytes)
        self._buf = buf
        self._pos = 0
        self._exports = None
        self._bclosed = False

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._pos, _user_dict(self, _BYTESIO_SLOTS))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError("_io.BytesIO.__setstate__ argument should be 3-tuple, got %s"
                            % type(state).__name__)
        if '_buf' not in self.__dict__:
            # made by pickle through __new__ only
            BytesIO.__init__(self)
        self._check()
        value, pos, d = state[0], state[1], state[2]
        buf = bytearray()
        buf += _bytes_view(value)
        self._check_resize()
        self._buf = buf
        if not isinstance(pos, int):
            raise TypeError("second item of state must be an integer, not %s"
                            % type(pos).__name__)
        if pos < 0:
            raise ValueError("position value cannot be negative")
        self._pos = pos
        if d is not None:
            if not isinstance(d, dict):
                raise TypeError("third item of state should be a dict, got a %s"
                                % type(d).__name__)
            self.__dict__.update(d)

    def __reduce_ex__(self, protocol):
        return _io_reduce_ex(self, protocol, "a bytes-like object is required, not '%s'")

    def _check(self):
        if self._bclosed:
            raise _closed_error()

    def _check_resize(self):
        v = self._exports
        if v is not None:
            try:
                v.nbytes
            except ValueError:  # released
                self._exports = None
                return
            raise BufferError("Existing exports of data: object cannot be re-sized")

    @property
    def closed(self):
        return self._bclosed

    def close(self):
        self._check_resize()
        self._bclosed = True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        self._exports = memoryview(self._buf)
        return self._exports

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._buf
        pos = self._pos
        n = len(buf)
        if pos >= n:
            return b""
        end = n if size < 0 else min(n, pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    # As CPython's C BytesIO, these call the other methods of BytesIO
    # itself, not a subclass's overrides.
    def read1(self, size=-1):
        return BytesIO.read(self, size)

    def readinto(self, b):
        self._check()
        m = memoryview(b).cast("B")
        data = BytesIO.read(self, len(m))
        n = len(data)
        m[:n] = data
        return n

    def readinto1(self, b):
        return BytesIO.readinto(self, b)

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._buf
        pos = self._pos
        n = len(buf)
        if pos >= n:
            return b""
        i = buf.find(b"\n", pos)
        end = n if i < 0 else i + 1
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None):
        self._check()
        hint = -1 if hint is None else _index(hint)
        lines = []
        total = 0
        while True:
            line = BytesIO.readline(self)
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        line = BytesIO.readline(self)
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check()
        data = _bytes_view(b)
        n = len(data)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        end = pos + n
        if end > len(buf):
            self._check_resize()
            if pos > len(buf):
                buf += bytes(pos - len(buf))
        buf[pos:end] = data
        self._pos = end
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            BytesIO.write(self, line)

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            self._check_resize()
            del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


BytesIO.__module__ = "_io"


# ---------------------------------------------------------------- StringIO

_NEWLINE_KINDS = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0          # newline kinds seen: 1 LF, 2 CR, 4 CRLF
        self._value = ""        # the text, when _parts is empty
        self._parts = []        # pending appended pieces (writes at the end)
        self._length = 0
        self._pos = 0
        self._sclosed = False
        if initial_value:
            StringIO.write(self, initial_value)  # not a subclass's write
            self._pos = 0

    def _check(self):
        if self._sclosed:
            raise _closed_error(False)

    def _text(self):
        if self._parts:
            self._value = self._value + "".join(self._parts)
            self._parts = []
        return self._value

    @property
    def closed(self):
        return self._sclosed

    def close(self):
        self._sclosed = True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != "":
            return None
        return _NEWLINE_KINDS[self._seen]

    def _track(self, s):
        crlf = s.count("\r\n")
        seen = self._seen
        if crlf:
            seen |= 4
        if s.count("\r") > crlf:
            seen |= 2
        if s.count("\n") > crlf:
            seen |= 1
        self._seen = seen

    def getvalue(self):
        self._check()
        return self._text()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in s or "\n" in s:
                self._track(s)
                if nl is None:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        m = len(s)
        if m == 0:
            return n
        pos = self._pos
        length = self._length
        if pos == length:
            self._parts.append(s)
            self._length = length + m
        else:
            text = self._text()
            if pos > length:
                text = text + "\0" * (pos - length)
            text = text[:pos] + s + text[pos + m:]
            self._value = text
            self._length = len(text)
        self._pos = pos + m
        return n

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size)
        pos = self._pos
        length = self._length
        if pos >= length:
            return ""
        end = length if size < 0 else min(length, pos + size)
        self._pos = end
        return self._text()[pos:end]

    def _line_end(self, text, pos, length):
        """Index just past the line that starts at pos."""
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", pos)
            return length if i < 0 else i + 1
        if nl == "":
            i = text.find("\n", pos)
            j = text.find("\r", pos, length if i < 0 else i)
            if j >= 0:
                if j + 1 < length and text[j + 1] == "\n":
                    return j + 2
                return j + 1
            return length if i < 0 else i + 1
        i = text.find(nl, pos)
        return length if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size)
        pos = self._pos
        length = self._length
        if pos >= length:
            return ""
        text = self._text()
        end = self._line_end(text, pos, length)
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            if not hasattr(type(pos), "__index__"):
                raise TypeError("argument should be integer or None, not '%s'" % type(pos).__name__)
            pos = pos.__index__()
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        if pos < self._length:
            self._value = self._text()[:pos]
            self._length = pos
        return pos

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._newline, self._pos, _user_dict(self, _STRINGIO_SLOTS))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError("_io.StringIO.__setstate__ argument should be 4-tuple, got %s"
                            % type(state).__name__)
        StringIO.__init__(self, None, state[1])
        value = state[0]
        # The value is stored as it is (__init__ would translate newlines).
        if value is not None:
            if not isinstance(value, str):
                raise TypeError("initial_value must be str or None, not %s"
                                % type(value).__name__)
            self._value = value
            self._parts = []
            self._length = len(value)
        pos = state[2]
        if not isinstance(pos, int):
            raise TypeError("third item of state must be an integer, got %s"
                            % type(pos).__name__)
        if pos < 0:
            raise ValueError("position value cannot be negative")
        self._pos = pos
        d = state[3]
        if d is not None:
            if not isinstance(d, dict):
                raise TypeError("fourth item of state should be a dict, got a %s"
                                % type(d).__name__)
            self.__dict__.update(d)

    def __reduce_ex__(self, protocol):
        return _io_reduce_ex(self, protocol, "initial_value must be str or None, not %s")


# Pickling of BytesIO and StringIO, as CPython's C types: protocols 0 and 1
# cannot (copyreg would rebuild from the C base), 2 and later rebuild an
# empty object and give it the __getstate__ state.  The state's dict holds
# the attributes set on the object, not this implementation's own.
_BYTESIO_SLOTS = frozenset(('_buf', '_pos', '_exports', '_bclosed'))
_STRINGIO_SLOTS = frozenset(('_newline', '_seen', '_value', '_parts', '_length', '_pos',
                             '_sclosed'))


def _user_dict(obj, internal):
    d = {k: v for k, v in obj.__dict__.items()
         if k not in internal and not k.startswith('_IOBase__')}
    return d or None


def _io_reduce_ex(obj, protocol, subclass_msg):
    import copyreg
    cls = type(obj)
    if protocol < 2:
        if cls is BytesIO or cls is StringIO:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        # CPython's copyreg calls the C base with the object.
        raise TypeError(subclass_msg % cls.__name__)
    state = obj.__getstate__()
    return (copyreg.__newobj__, (cls,), state)


StringIO.__module__ = "_io"


# ---------------------------------------------------------------- TextIOWrapper
# open() and sys.stdout are the C file type of _io; io.TextIOWrapper is this
# Python class (which that type is registered with), so that text can be
# layered over any binary buffer (BytesIO, open(..., 'rb')) and subclassed.

_CFile = _io.TextIOWrapper


class IncrementalNewlineDecoder:
    """Codec.IncrementalDecoder that translates \\r\\n and \\r into \\n
    (translate=True) and records which newlines it has seen; a trailing \\r
    waits for the next input so that \\r\\n is never split."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seennl = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not '%s'"
                            % type(output).__name__)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if not final and output.endswith("\r"):
            output = output[:-1]
            self._pendingcr = True
        if output:
            crlf = output.count("\r\n")
            cr = output.count("\r") - crlf
            lf = output.count("\n") - crlf
            self._seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
            if self.translate:
                if crlf:
                    output = output.replace("\r\n", "\n")
                if cr:
                    output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            state = self.decoder.getstate()
            if not isinstance(state, tuple) or len(state) != 2:
                raise TypeError("illegal decoder state")
            buf, flag = state
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state argument must be a tuple")
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seennl = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINE_KINDS[self._seennl]


def _optional_bool(value, current):
    # reconfigure()'s line_buffering / write_through: None keeps the value
    if value is None:
        return current
    return bool(_index(value))


def _find_line_ending(translated, universal, readnl, line, start):
    """(end of the first line in line[start:] relative to start, or -1;
    how many characters can be set aside when there is none yet)."""
    if translated:
        i = line.find("\n", start)
        return (i - start + 1, 0) if i >= 0 else (-1, len(line) - start)
    if universal:
        n = len(line)
        for i in range(start, n):
            c = line[i]
            if c == "\n":
                return i - start + 1, 0
            if c == "\r":
                if i + 1 < n and line[i + 1] == "\n":
                    return i - start + 2, 0
                return i - start + 1, 0
        return -1, n - start
    i = line.find(readnl, start)
    if i >= 0:
        return i - start + len(readnl), 0
    if len(readnl) == 1:
        return -1, len(line) - start
    # keep a possible partial match of a two-character readnl
    e = max(start, len(line) - len(readnl) + 1)
    j = line.find(readnl[0], e)
    return -1, (len(line) if j < 0 else j) - start


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object.

    Reading, tell() and seek() follow CPython's C implementation step by
    step, so the opaque tell() cookies are the same numbers: the byte
    position of the last point where the decoder had nothing buffered,
    plus (in higher bits) its flags, the bytes to feed it from there and
    the characters to skip."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        _check_newline(newline)
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        self._buffer = buffer
        self._detached = False
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = []       # encoded text not yet given to the buffer
        self._pending_size = 0
        self._decoded_chars = None
        self._decoded_chars_used = 0
        self._snapshot = None    # (decoder flags, next input) before the last chunk
        self._b2cratio = 0.0
        self._has_read1 = hasattr(buffer, "read1")
        self._seekable = self._telling = bool(buffer.seekable())
        self._set_newline(newline)
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._set_codecs(encoding, self._errors)
        self._fix_encoder_state()

    def _set_newline(self, newline):
        self._newline = newline
        self._readuniversal = newline is None or newline == ""
        self._readtranslate = newline is None
        self._readnl = newline
        self._writenl = "\n" if newline is None else newline
        self._writetranslate = newline is not None and newline not in ("", "\n")

    def _set_codecs(self, encoding, errors):
        import codecs
        info = codecs.lookup(encoding)
        if getattr(info, "_is_text_encoding", True) is False:
            raise LookupError("%r is not a text encoding; use codecs.open() to handle "
                              "arbitrary codecs" % encoding)
        decoder = encoder = None
        if self._buffer.readable():
            decoder = codecs.getincrementaldecoder(encoding)(errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
        if self._buffer.writable():
            encoder = codecs.getincrementalencoder(encoding)(errors)
        self._decoder = decoder
        self._encoder = encoder

    def _fix_encoder_state(self):
        # In the middle of a file an encoder must not write a BOM again.
        if self._seekable and self._encoder is not None:
            if self._buffer.tell() != 0 and hasattr(self._encoder, "setstate"):
                self._encoder.setstate(0)

    # -- attributes
    def _checkattached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def buffer(self):
        return None if self._detached else self._buffer

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        self._checkattached()
        return self._buffer.name

    @property
    def closed(self):
        self._checkattached()
        return self._buffer.closed

    @property
    def newlines(self):
        if self._decoder is None:
            return None
        return getattr(self._decoder, "newlines", None)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            parts.append(" name=%r" % (name,))
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(" mode=%r" % (mode,))
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    def fileno(self):
        self._checkattached()
        return self._buffer.fileno()

    def isatty(self):
        self._checkattached()
        return self._buffer.isatty()

    def readable(self):
        self._checkattached()
        return self._buffer.readable()

    def writable(self):
        self._checkattached()
        return self._buffer.writable()

    def seekable(self):
        self._checkattached()
        return self._buffer.seekable()

    def _check_open(self):
        self._checkattached()
        if self._buffer.closed:
            raise _closed_error()

    def reconfigure(self, *args, **kwargs):
        """Reconfigure the text stream with new parameters."""
        if args:
            raise TypeError("reconfigure() takes no positional arguments")
        for key in kwargs:
            if key not in ("encoding", "errors", "newline", "line_buffering", "write_through"):
                raise TypeError("%r is an invalid keyword argument for reconfigure()" % (key,))
        encoding = kwargs.get("encoding")
        errors = kwargs.get("errors")
        newline = kwargs.get("newline", Ellipsis)
        line_buffering = kwargs.get("line_buffering")
        write_through = kwargs.get("write_through")
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("reconfigure() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("reconfigure() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        newline_given = newline is not Ellipsis
        if newline_given and newline is not None and not isinstance(newline, str):
            raise TypeError("reconfigure() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline_given:
            _check_newline(newline)
        if self._decoded_chars is not None:
            if encoding is not None or errors is not None or newline_given:
                raise UnsupportedOperation("It is not possible to set the encoding or newline "
                                           "of stream after the first read")
        line_buffering = _optional_bool(line_buffering, self._line_buffering)
        write_through = _optional_bool(write_through, self._write_through)
        self.flush()
        self._b2cratio = 0.0
        if newline_given:
            self._set_newline(newline)
        if encoding is not None or errors is not None or newline_given:
            if encoding is None:
                encoding = self._encoding
                if errors is None:
                    errors = self._errors
            else:
                if encoding == "locale":
                    encoding = "utf-8"
                if errors is None:
                    errors = "strict"
            self._set_codecs(encoding, errors)
            self._encoding = encoding
            self._errors = errors
            self._fix_encoder_state()
        self._line_buffering = line_buffering
        self._write_through = write_through

    # -- writing
    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._encoder is None:
            raise UnsupportedOperation("not writable")
        n = len(s)
        has_nl = "\n" in s
        if has_nl and self._writetranslate:
            s = s.replace("\n", self._writenl)
        data = self._encoder.encode(s)
        self._pending.append(data)
        self._pending_size += len(data)
        if (self._write_through or self._pending_size > self._CHUNK_SIZE or
                (self._line_buffering and (has_nl or "\r" in s))):
            self._flush_pending()
        if self._line_buffering and (has_nl or "\r" in s):
            self._buffer.flush()
        # written text replaces what was read ahead
        self._set_decoded_chars(None)
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()
        return n

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._telling = self._seekable
        self._flush_pending()
        self._buffer.flush()

    def close(self):
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self._checkattached()
        self.flush()
        self._detached = True
        return self._buffer

    # -- reading
    def _set_decoded_chars(self, chars):
        self._decoded_chars = chars
        self._decoded_chars_used = 0

    def _get_decoded_chars(self, n=-1):
        chars = self._decoded_chars
        if chars is None:
            return ""
        used = self._decoded_chars_used
        avail = len(chars) - used
        if n < 0 or n > avail:
            n = avail
        self._decoded_chars_used = used + n
        return chars[used:used + n]

    def _read_chunk(self, size_hint):
        """Read and decode one chunk, noting where it started for tell();
        False at the end of the buffer."""
        if self._telling:
            dec_buffer, dec_flags = self._decoder.getstate()
            if not isinstance(dec_buffer, bytes):
                raise TypeError("illegal decoder state: the first value should be a bytes "
                                "object, not '%s'" % type(dec_buffer).__name__)
        if size_hint > 0:
            size_hint = int(max(self._b2cratio, 1.0) * size_hint)
        size = max(self._CHUNK_SIZE, size_hint)
        if self._has_read1:
            chunk, method = self._buffer.read1(size), "read1"
        else:
            chunk, method = self._buffer.read(size), "read"
        try:
            view = memoryview(chunk)
        except TypeError:
            raise TypeError("underlying %s() should have returned a bytes-like object, "
                            "not '%s'" % (method, type(chunk).__name__)) from None
        chunk = bytes(view)
        nbytes = len(chunk)
        eof = nbytes == 0
        decoded = self._decoder.decode(chunk, eof)
        if not isinstance(decoded, str):
            raise TypeError("decoder should return a string result, not '%s'"
                            % type(decoded).__name__)
        self._set_decoded_chars(decoded)
        nchars = len(decoded)
        self._b2cratio = nbytes / nchars if nchars > 0 else 0.0
        if nchars > 0:
            eof = False
        if self._telling:
            self._snapshot = (dec_flags, dec_buffer + chunk)
        return not eof

    def _prepare_read(self):
        self._check_open()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        self._flush_pending()

    def read(self, size=-1):
        self._check_open()
        size = _index_or_none(size)
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        self._flush_pending()
        if size < 0:
            data = self._buffer.read()
            if data is None:
                data = b""
            decoded = self._decoder.decode(bytes(data), True)
            result = self._get_decoded_chars(-1) + decoded
            self._set_decoded_chars(None)
            self._snapshot = None
            return result
        result = self._get_decoded_chars(size)
        remaining = size - len(result)
        while remaining > 0:
            if not self._read_chunk(remaining):
                break
            more = self._get_decoded_chars(remaining)
            result += more
            remaining -= len(more)
        return result

    def readline(self, size=-1):
        self._check_open()
        size = _index(size)
        self._flush_pending()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        chunks = []
        chunked = 0
        remaining = None
        line = None
        start = endpos = offset = 0
        while True:
            more = True
            while not self._decoded_chars:
                more = self._read_chunk(0)
                if not more:
                    break
            if not more:
                self._set_decoded_chars(None)
                self._snapshot = None
                line = None
                start = endpos = offset = 0
                break
            if remaining is None:
                line = self._decoded_chars
                start = self._decoded_chars_used
                offset = 0
            else:
                line = remaining + self._decoded_chars
                start = 0
                offset = len(remaining)
                remaining = None
            end, consumed = _find_line_ending(self._readtranslate, self._readuniversal,
                                              self._readnl, line, start)
            if end >= 0:
                endpos = start + end
                if size >= 0 and (endpos - start) + chunked >= size:
                    endpos = start + size - chunked
                break
            endpos = start + consumed
            if size >= 0 and (endpos - start) + chunked >= size:
                endpos = start + size - chunked
                break
            if endpos > start:
                piece = line[start:endpos]
                chunks.append(piece)
                chunked += len(piece)
            if endpos < len(line):
                remaining = line[endpos:]
            line = None
            self._set_decoded_chars(None)
        if line is not None:
            self._decoded_chars_used = max(0, endpos - offset)
            line = line[start:endpos]
        if remaining is not None:
            chunks.append(remaining)
        if chunks:
            if line is not None:
                chunks.append(line)
            line = "".join(chunks)
        return "" if line is None else line

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # -- positioning: opaque cookies as CPython's C TextIOWrapper makes them
    # start_pos | dec_flags << 64 | bytes_to_feed << 96 | chars_to_skip << 128
    # | need_eof << 160 (the little-endian layout of its cookie struct).
    @staticmethod
    def _pack_cookie(start_pos, dec_flags=0, bytes_to_feed=0, chars_to_skip=0, need_eof=0):
        return (start_pos | (dec_flags << 64) | (bytes_to_feed << 96) |
                (chars_to_skip << 128) | (int(need_eof) << 160))

    def _decoder_setstate(self, start_pos, dec_flags):
        # At the start of the stream reset() (a utf-16 decoder then expects
        # a BOM), elsewhere the flags of the safe start point.
        if start_pos == 0 and dec_flags == 0:
            self._decoder.reset()
        else:
            self._decoder.setstate((b"", dec_flags))

    def tell(self):
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self._flush_pending()
        self.flush()
        position = self._buffer.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return position
        dec_flags, next_input = self._snapshot
        start_pos = position - len(next_input)
        chars_to_skip = self._decoded_chars_used
        if chars_to_skip == 0:
            return self._pack_cookie(start_pos, dec_flags)
        saved_state = decoder.getstate()
        try:
            # Fast search for a safe start point close to the position.
            skip_bytes = int(self._b2cratio * chars_to_skip)
            skip_back = 1
            while skip_bytes > 0:
                self._decoder_setstate(start_pos, dec_flags)
                # CPython's C loop may run past the end of the snapshot into
                # the bytes object's NUL terminator; pad so the counts agree.
                chunk = next_input[:skip_bytes]
                if skip_bytes > len(next_input):
                    chunk += b"\0" * (skip_bytes - len(next_input))
                n = len(decoder.decode(chunk))
                if n <= chars_to_skip:
                    buf, flags = decoder.getstate()
                    if not buf:
                        dec_flags = flags
                        chars_to_skip -= n
                        break
                    skip_bytes -= len(buf)
                    skip_back = 1
                else:
                    skip_bytes -= skip_back
                    skip_back *= 2
            if skip_bytes <= 0:
                skip_bytes = 0
                self._decoder_setstate(start_pos, dec_flags)
            start_pos += skip_bytes
            if chars_to_skip == 0:
                return self._pack_cookie(start_pos, dec_flags)
            # Feed the decoder one byte at a time, noting the last safe
            # start point (nothing buffered) before the position.
            bytes_to_feed = 0
            chars_decoded = 0
            need_eof = False
            i = skip_bytes
            n_input = len(next_input)
            while i < n_input:
                chars_decoded += len(decoder.decode(next_input[i:i + 1]))
                bytes_to_feed += 1
                buf, flags = decoder.getstate()
                if not buf and chars_decoded <= chars_to_skip:
                    start_pos += bytes_to_feed
                    chars_to_skip -= chars_decoded
                    dec_flags = flags
                    bytes_to_feed = 0
                    chars_decoded = 0
                if chars_decoded >= chars_to_skip:
                    break
                i += 1
            if i == n_input:
                # not enough decoded data: signal EOF to get more
                chars_decoded += len(decoder.decode(b"", True))
                need_eof = True
                if chars_decoded < chars_to_skip:
                    raise OSError("can't reconstruct logical file position")
            return self._pack_cookie(start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof)
        finally:
            decoder.setstate(saved_state)

    def seek(self, cookie, whence=0):
        whence = _index(whence)
        self._check_open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            # seeking to the current position syncs the buffer with it
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._set_decoded_chars(None)
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            res = self._buffer.seek(0, 2)
            if self._encoder is not None:
                self._encoder_reset(res == 0)
            return res
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        value = int(cookie)
        if value >= 1 << 168:
            raise OverflowError("int too big to convert")
        start_pos = value & 0xFFFFFFFFFFFFFFFF
        dec_flags = (value >> 64) & 0xFFFFFFFF
        bytes_to_feed = (value >> 96) & 0xFFFFFFFF
        chars_to_skip = (value >> 128) & 0xFFFFFFFF
        need_eof = (value >> 160) & 0xFF
        self._buffer.seek(start_pos)
        self._set_decoded_chars(None)
        self._snapshot = None
        if self._decoder is not None:
            self._decoder_setstate(start_pos, dec_flags)
        if chars_to_skip:
            chunk = self._buffer.read(bytes_to_feed)
            if not isinstance(chunk, bytes):
                raise TypeError("underlying read() should have returned a bytes object, not '%s'"
                                % type(chunk).__name__)
            self._snapshot = (dec_flags, chunk)
            decoded = self._decoder.decode(chunk, bool(need_eof))
            self._set_decoded_chars(decoded)
            if len(decoded) < chars_to_skip:
                raise OSError("can't restore logical file position")
            self._decoded_chars_used = chars_to_skip
        else:
            self._snapshot = (dec_flags, b"")
        if self._encoder is not None:
            self._encoder_reset(start_pos == 0 and dec_flags == 0)
        return cookie

    def _encoder_reset(self, at_start):
        # at the start of the stream a BOM is written again, elsewhere not
        if at_start:
            self._encoder.reset()
        elif hasattr(self._encoder, "setstate"):
            self._encoder.setstate(0)

    def truncate(self, pos=None):
        self._checkattached()
        self.flush()
        return self._buffer.truncate(pos)


def _check_newline(newline):
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % (newline,))


TextIOWrapper.__module__ = "_io"
TextIOWrapper.register(_CFile)


def _name_c_types():
    # Types CPython defines in C: error messages show their C names.
    from _pyclave import c_type_name
    c_type_name(BytesIO, '_io.BytesIO')
    c_type_name(StringIO, '_io.StringIO')
    c_type_name(TextIOWrapper, '_io.TextIOWrapper')


_name_c_types()
del _name_c_types
# pickle finds the classes where CPython's are.
_io.StringIO = StringIO
_io.BytesIO = BytesIO
