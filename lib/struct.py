"""Functions to convert between Python values and C structs (Pyclave).

pack/unpack/calcsize are in C (_struct); Struct and the buffer-offset
functions are built on them here with CPython's messages."""

from _struct import error, pack, unpack, calcsize
from operator import index as _index
from sys import maxsize as _MAXSIZE

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


def _require_writable(buffer):
    # CPython parses the buffer argument as "w*" before anything else.
    if isinstance(buffer, memoryview):
        ok = not buffer.readonly
    else:
        ok = isinstance(buffer, bytearray) or type(buffer).__name__ == 'array'
    if not ok:
        raise TypeError("argument must be read-write bytes-like object, not %s"
                        % type(buffer).__name__)


def _hold(buffer):
    # CPython holds the buffer (an export) while it converts the offset and
    # the values: an __index__ that resizes a bytearray gets BufferError.
    return memoryview(buffer) if isinstance(buffer, bytearray) else None


def _byte_view(buffer):
    # The buffer as bytes (offsets and sizes count bytes whatever the
    # item size of an array or a cast memoryview).
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    m = buffer if isinstance(buffer, memoryview) else memoryview(buffer)
    return m if m.format in ('B', 'b', 'c') and m.ndim == 1 else m.cast('B')


def _ssize(v, exc):
    v = _index(v)
    if not -_MAXSIZE - 1 <= v <= _MAXSIZE:
        if exc is IndexError:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        raise OverflowError("Python int too large to convert to C ssize_t")
    return v


def pack_into(format, buffer, offset, /, *v):
    _require_writable(buffer)
    hold = _hold(buffer)
    try:
        offset = _ssize(offset, IndexError)
        data = pack(format, *v)
        size = len(data)
        buffer = _byte_view(buffer)
        if isinstance(buffer, memoryview) and buffer.format != 'B':
            buffer = buffer.cast('B')
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
        buffer[offset:offset + size] = data
    finally:
        if hold is not None:
            hold.release()


def unpack_from(format, /, buffer, offset=0):
    hold = _hold(buffer)
    try:
        offset = _ssize(offset, OverflowError)
        size = calcsize(format)
        buffer = _byte_view(buffer)
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                        "at offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
        return unpack(format, bytes(buffer[offset:offset + size]))
    finally:
        if hold is not None:
            hold.release()


def iter_unpack(format, buffer, /):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    data = bytes(_byte_view(buffer))
    if len(data) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return _UnpackIterator(format, data, size)


class unpack_iterator:
    """The iterator of iter_unpack (CPython's _struct.unpack_iterator):
    one tuple per record, with a __length_hint__ of the records left."""

    __slots__ = ('_fmt', '_data', '_size', '_pos')

    def __init__(self, format, data, size):
        self._fmt = format
        self._data = data
        self._size = size
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        pos = self._pos
        if pos >= len(self._data):
            self._data = b''
            self._pos = 0
            raise StopIteration
        self._pos = pos + self._size
        return unpack(self._fmt, self._data[pos:pos + self._size])

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._size


# CPython's class name, but no public name of the module.
_UnpackIterator = unpack_iterator
del unpack_iterator


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_fmt', '_format', '_size', '__weakref__')

    def __init__(self, format):
        self._size = calcsize(format)
        self._format = format if isinstance(format, str) else format.decode('ascii')
        self._fmt = format

    # Read-only, as CPython's getset descriptors (dir(Struct) lists them).
    def _get_format(self):
        return self._format

    def _set_format(self, value):
        raise AttributeError("attribute 'format' of '_struct.Struct' objects is not writable")

    format = property(_get_format, _set_format, _set_format, 'struct format string')

    def _get_size(self):
        return self._size

    def _set_size(self, value):
        raise AttributeError("attribute 'size' of '_struct.Struct' objects is not writable")

    size = property(_get_size, _set_size, _set_size, 'struct size in bytes')
    del _get_format, _set_format, _get_size, _set_size

    def pack(self, *v):
        return pack(self._fmt, *v)

    def unpack(self, buffer, /):
        return unpack(self._fmt, buffer)

    def pack_into(self, buffer, offset, /, *v):
        return pack_into(self._fmt, buffer, offset, *v)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._fmt, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._fmt, buffer)


def _fix_names():
    # Messages name the class as CPython's C type: '_struct.Struct'.
    try:
        from _pyclave import c_type_name
    except ImportError:
        return
    c_type_name(Struct, '_struct.Struct')
    c_type_name(_UnpackIterator, '_struct.unpack_iterator')


_fix_names()
del _fix_names
_UnpackIterator.__module__ = '_struct'
