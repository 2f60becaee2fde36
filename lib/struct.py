"""Functions to convert between Python values and C structs (Pyclave).

pack/unpack/calcsize are in C (_struct); Struct and the buffer-offset
functions are built on them here with CPython's messages."""

from _struct import error, pack, unpack, calcsize

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


def pack_into(format, buffer, offset, /, *v):
    _require_writable(buffer)
    data = pack(format, *v)
    size = len(data)
    n = len(buffer)
    offset = offset.__index__()
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


def unpack_from(format, /, buffer, offset=0):
    size = calcsize(format)
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


def iter_unpack(format, buffer, /):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    n = len(buffer)
    if n % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    data = bytes(buffer)
    return (unpack(format, data[i:i + size]) for i in range(0, n, size))


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


_fix_names()
del _fix_names
