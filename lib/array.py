"""Arrays of numeric values of one C type (array), written for Pyclave
from the array documentation.  Values are checked and converted exactly as
CPython stores them (float32 rounding for 'f', range errors with its
messages); the machine representation (tobytes, frombytes, byteswap) is
little-endian x86-64 with 4-byte wchar_t."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1

# Bounds and messages of the small integer codes (checked after the value
# has been converted to a C long).
_SMALL_INT = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-(1 << 31), (1 << 31) - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
}


def _index(value):
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _convert(typecode, value):
    """value as stored in an array of typecode, or the error CPython raises."""
    if typecode in 'fd':
        if not isinstance(value, (int, float)) and not hasattr(type(value), '__float__'):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1 << 1024:
            raise OverflowError('int too large to convert to float')
        value = float(value)
        if typecode == 'f':
            if value != value or value in (float('inf'), float('-inf')):
                return value
            if abs(value) >= 3.4028235677973366e38:
                return float('inf') if value > 0 else float('-inf')
            return _struct.unpack('<f', _struct.pack('<f', value))[0]
        return value
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('array item must be unicode character')
        return value
    value = _index(value)
    if typecode in _SMALL_INT:
        if not _LONG_MIN <= value <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        low, high, below, above = _SMALL_INT[typecode]
        if value < low:
            raise OverflowError(below)
        if value > high:
            raise OverflowError(above)
    elif typecode == 'I':
        if value < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if value > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if value > 0xFFFFFFFF:
            raise OverflowError('unsigned int is greater than maximum')
    elif typecode == 'l':
        if not _LONG_MIN <= value <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    elif typecode == 'L':
        if value < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if value > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
    elif typecode == 'q':
        if not _LONG_MIN <= value <= _LONG_MAX:
            raise OverflowError('int too big to convert')
    elif typecode == 'Q':
        if value < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if value > _ULONG_MAX:
            raise OverflowError('int too big to convert')
    return int(value)


def _char(c):
    # An item of a 'u' array (an int: a wchar_t beyond U+10FFFF).
    return chr(c) if type(c) is int else c


def _text(items):
    for c in items:
        if type(c) is int:
            raise ValueError('character U+%x is not in range [U+0000; U+10ffff]' % c)
    return ''.join(items)


def _struct_code(typecode):
    return {'l': 'q', 'L': 'Q', 'u': 'I'}.get(typecode, typecode)


_NO_INIT = object()


class array:
    """array(typecode[, initializer]): a compact sequence of numbers (or,
    for 'u', characters) of one type."""

    __slots__ = ('_code', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=_NO_INIT, /, **kwargs):
        # As CPython: keywords are refused unless a subclass's own
        # __init__ takes them.
        if kwargs and cls.__init__ is object.__init__:
            raise TypeError('array.array() takes no keyword arguments')
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if initializer is _NO_INIT:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._code == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            self._items = [_convert(typecode, v) for v in initializer._items]
        else:
            self._items = [_convert(typecode, v) for v in initializer]
        return self

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _ITEMSIZE[self._code]

    def _same_kind(self, other):
        return isinstance(other, array) and other._code == self._code

    def append(self, v, /):
        self._items.append(_convert(self._code, v))

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        """Swap the bytes of every item (for data from a machine of the
        other byte order)."""
        if self._code == 'u':
            data = self.tobytes()
        else:
            data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def count(self, v, /):
        return sum(1 for item in self._items if item == v)

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        self._items.extend([_convert(self._code, v) for v in bb])

    def frombytes(self, buffer, /):
        if isinstance(buffer, bytes):
            data = buffer
        else:
            try:
                view = memoryview(buffer)
            except TypeError:
                raise TypeError('a bytes-like object is required, not %r'
                                % type(buffer).__name__) from None
            with view:  # released at once: a bytearray stays resizable
                if view.itemsize != 1:
                    raise TypeError('a bytes-like object is required')
                data = view.tobytes()
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        count = len(data) // size
        if self._code == 'u':
            # A wchar_t beyond U+10FFFF is kept as its int (CPython stores
            # it; reading it as a character raises ValueError).
            self._items.extend(chr(c) if c <= 0x10FFFF else c
                               for c in _struct.unpack('<%dI' % count, data))
        else:
            self._items.extend(_struct.unpack('<%d%s' % (count, _struct_code(self._code)), data))

    def fromfile(self, f, n, /):
        if n < 0:
            raise ValueError('negative count')
        data = f.read(self.itemsize * n)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        usable = len(data) - len(data) % self.itemsize
        self.frombytes(data[:usable])
        if len(data) != self.itemsize * n:
            raise EOFError('read() didn\'t return enough bytes')

    def fromlist(self, list, /):
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        self._items.extend([_convert(self._code, v) for v in list])

    def fromunicode(self, ustr, /):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(ustr).__name__)
        self._items.extend(ustr)

    def index(self, v, start=0, stop=None, /):
        n = len(self._items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def insert(self, i, v, /):
        self._items.insert(i, _convert(self._code, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        for i, item in enumerate(self._items):
            if item == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def reverse(self):
        self._items.reverse()

    def tobytes(self):
        if self._code == 'u':
            return _struct.pack('<%dI' % len(self._items),
                                *[c if type(c) is int else ord(c) for c in self._items])
        return _struct.pack('<%d%s' % (len(self._items), _struct_code(self._code)), *self._items)

    def _buffer_store(self, offset, data):
        # memoryview writes (src/vm/memoryview.c): the machine bytes
        # [offset, offset + len(data)) of the items they fall in.
        size = _ITEMSIZE[self._code]
        first = offset // size
        last = (offset + len(data) + size - 1) // size
        chunk = bytearray(self[first:last].tobytes())
        start = offset - first * size
        chunk[start:start + len(data)] = data
        self._items[first:last] = array(self._code, bytes(chunk))._items

    def tofile(self, f, /):
        f.write(self.tobytes())

    def tolist(self):
        if self._code == 'u':
            return [_char(c) for c in self._items]
        return list(self._items)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return _text(self._items)

    def __bytes__(self):
        return self.tobytes()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return _new_iterator(self)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._code)
            result._items = self._items[index]
            return result
        try:
            item = self._items[index]
            return _char(item) if type(item) is int and self._code == 'u' else item
        except IndexError as e:
            if str(e).startswith('cannot fit'):
                raise
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            try:
                self._items[index] = list(value._items)
            except ValueError as e:
                raise ValueError(str(e).replace('sequence', 'array', 1)) from None
            return
        value = _convert(self._code, value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        result = array(self._code)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        result = array(self._code)
        result._items = self._items * n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        # As CPython: protocols 0-2 rebuild from a list of the items, later
        # ones from the machine bytes through _array_reconstructor.
        try:
            state = self.__dict__
        except AttributeError:
            state = None
        cls = type(self)
        if not isinstance(protocol, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(protocol).__name__)
        if protocol < 3:
            return (cls, (self._code, self.tolist()), state)
        return (_array_reconstructor, (cls, self._code, _MFORMAT[self._code],
                                       self.tobytes()), state)

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._code)
        if self._code == 'u':
            return '%s(%r, %r)' % (name, self._code, _text(self._items))
        return '%s(%r, %r)' % (name, self._code, self._items)

    __class_getitem__ = classmethod(type(list[int]))


ArrayType = array


class arrayiterator:
    """Live, index-based iteration like CPython's: items appended or
    removed during the loop are seen; pickles as (iter, (array,), index)."""

    __slots__ = ('_array', '_index')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'array.arrayiterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is not None:
            i = self._index
            if i < len(a._items):
                self._index = i + 1
                item = a._items[i]
                return _char(item) if type(item) is int and a._code == 'u' else item
            self._array = None
        raise StopIteration

    def __reduce__(self):
        if self._array is None:
            return (iter, ((),))
        return (iter, (self._array,), self._index)

    def __setstate__(self, state):
        index = _index(state)
        if self._array is not None:
            self._index = min(max(index, 0), len(self._array._items))
        return None


def _new_iterator(a):
    it = object.__new__(arrayiterator)
    it._array = a
    it._index = 0
    return it


# Machine format codes of CPython's array pickles (x86-64: little-endian,
# 8-byte long, 4-byte wchar_t).
_MFORMAT = {'B': 0, 'b': 1, 'H': 2, 'h': 4, 'I': 6, 'i': 8, 'L': 10, 'l': 12,
            'Q': 10, 'q': 12, 'f': 14, 'd': 16, 'u': 20}

# code -> (size, signed, little-endian, kind) with kind 'i' int, 'f' float,
# 'u' UTF-16/32 text.
_MFORMAT_DESC = {
    0: (1, False, True, 'i'), 1: (1, True, True, 'i'),
    2: (2, False, True, 'i'), 3: (2, False, False, 'i'),
    4: (2, True, True, 'i'), 5: (2, True, False, 'i'),
    6: (4, False, True, 'i'), 7: (4, False, False, 'i'),
    8: (4, True, True, 'i'), 9: (4, True, False, 'i'),
    10: (8, False, True, 'i'), 11: (8, False, False, 'i'),
    12: (8, True, True, 'i'), 13: (8, True, False, 'i'),
    14: (4, True, True, 'f'), 15: (4, True, False, 'f'),
    16: (8, True, True, 'f'), 17: (8, True, False, 'f'),
    18: (2, False, True, 'u'), 19: (2, False, False, 'u'),
    20: (4, False, True, 'u'), 21: (4, False, False, 'u'),
}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Rebuild an array from a pickle (machine format given by mformat_code)."""
    if not isinstance(arraytype, type):
        raise TypeError('first argument must be a type object, not %s'
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError('%s is not a subtype of array.array' % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError('_array_reconstructor() argument 2 must be a unicode character, not %s'
                        % type(typecode).__name__)
    if typecode not in _ITEMSIZE:
        raise ValueError('second argument must be a valid type code')
    mformat_code = _index(mformat_code)
    if mformat_code not in _MFORMAT_DESC:
        raise ValueError('third argument must be a valid machine format code.')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not %s' % type(items).__name__)
    if _MFORMAT[typecode] == mformat_code:
        return arraytype(typecode, items)
    size, signed, little, kind = _MFORMAT_DESC[mformat_code]
    if len(items) % size:
        raise ValueError('string length not a multiple of item size')
    if kind == 'u':
        if typecode != 'u':
            raise ValueError('third argument must be a valid machine format code.')
        text = items.decode(('utf-16-' if size == 2 else 'utf-32-') + ('le' if little else 'be'))
        return arraytype(typecode, text)
    order = '<' if little else '>'
    if kind == 'f':
        fmt = order + '%d%s' % (len(items) // size, 'f' if size == 4 else 'd')
        values = list(_struct.unpack(fmt, items))
    else:
        values = [int.from_bytes(items[i:i + size], 'little' if little else 'big', signed=signed)
                  for i in range(0, len(items), size)]
        # As CPython, the array gets the (last) integer typecode of that
        # size and signedness, whatever typecode was asked for.
        for code in 'bBhHiIlLqQ':
            if _ITEMSIZE[code] == size and (code in 'bhilq') == signed:
                typecode = code
    return arraytype(typecode, values)


# CPython's pickles name the module of _array_reconstructor and of array with
# two distinct str objects (so protocol 4 writes 'array' twice rather than
# memoizing it): give the function a module name of its own.
_array_reconstructor.__module__ = ''.join(['arr', 'ay'])

def _name_c_types():
    # Types CPython defines in C: error messages show their C names.
    from _pyclave import c_type_name, array_type
    c_type_name(array, 'array.array')
    c_type_name(arrayiterator, 'array.arrayiterator')
    array_type(array)


_name_c_types()
del _name_c_types


def _register_abc():
    # As CPython's array module: arrays are MutableSequences.
    from _collections_abc import MutableSequence
    MutableSequence.register(array)


_register_abc()
del _register_abc
