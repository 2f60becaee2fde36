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


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object."""

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
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        import codecs
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        codecs.lookup(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._encoder = codecs.getincrementalencoder(encoding)(self._errors)
        self._decoder = codecs.getincrementaldecoder(encoding)(self._errors)
        self._pending = []       # encoded text not yet given to the buffer
        self._pending_size = 0
        self._text = ""          # decoded text not yet read (untranslated)
        self._eof = False
        self._seen = 0
        self._detached = False

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
        return _NEWLINE_KINDS[self._seen] if self._newline in (None, "") else None

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

    # -- writing
    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        n = len(s)
        has_nl = "\n" in s
        if has_nl and self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        data = self._encoder.encode(s)
        self._pending.append(data)
        self._pending_size += len(data)
        if (self._write_through or self._pending_size > self._CHUNK_SIZE or
                (self._line_buffering and (has_nl or "\r" in s))):
            self._flush_pending()
        if self._line_buffering and (has_nl or "\r" in s):
            self._buffer.flush()
        if self._text:
            # written text replaces what was read ahead
            self._text = ""
        return n

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check_open()
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
    def _fill(self):
        """Decode one more chunk; False at the end of the buffer."""
        if self._eof:
            return False
        reader = getattr(self._buffer, "read1", None) or self._buffer.read
        data = reader(self._CHUNK_SIZE)
        if data is None:
            data = b""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("underlying read1() should have returned a bytes-like object, not '%s'"
                            % type(data).__name__)
        self._eof = not data
        self._text += self._decoder.decode(bytes(data), final=self._eof)
        return True

    def _translate(self, text, final):
        # Universal newlines (newline None): \r\n and \r become \n.  A
        # trailing \r waits for the next chunk unless at the end.
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in text or "\n" in text:
                StringIO._track(self, text)
        if nl is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _prepare_read(self):
        self._check_open()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        self._flush_pending()

    def read(self, size=-1):
        self._prepare_read()
        size = _index_or_none(size)
        if size < 0:
            while self._fill():
                pass
            text, self._text = self._text, ""
            return self._translate(text, True)
        while len(self._text) <= size and self._fill():
            pass
        text = self._text
        cut = size
        if self._newline is None and cut < len(text) and cut > 0 and text[cut - 1] == "\r" \
                and text[cut] == "\n":
            cut += 1
        out = self._translate(text[:cut], True)
        self._text = text[cut:]
        return out

    def _line_end(self, text):
        """End of the first line of text (untranslated), or -1 (needs more)."""
        nl = self._newline
        if nl is None or nl == "":
            for i, c in enumerate(text):
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = text.find(nl)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._prepare_read()
        size = _index_or_none(size)
        while True:
            end = self._line_end(self._text)
            if end >= 0 or not self._fill():
                break
            if 0 <= size <= len(self._text):
                break
        text = self._text
        if end < 0:
            end = len(text)
        if 0 <= size < end:
            end = size
        self._text = text[end:]
        return self._translate(text[:end], True)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning: byte offsets of the buffer (no decoder state kept)
    def tell(self):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        pos = self._buffer.tell()
        if self._text:
            pos -= len(self._text.encode(self._encoding, self._errors))
        return pos

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        whence = _index(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._text = ""
            self._eof = False
            self._decoder.reset()
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._text = ""
        self._eof = False
        self._decoder.reset()
        self._encoder.reset()
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)


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
