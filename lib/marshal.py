"""This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Not all Python object types are supported; in general, only objects
whose value is independent from a particular invocation of Python can be
written and read by this module. The following types are supported:
None, integers, floating point numbers, strings, bytes, bytearrays,
tuples, lists, sets, dictionaries, and code objects, where it
should be understood that tuples, lists and dictionaries are only
supported as long as the values contained therein are themselves
supported; and recursive lists and dictionaries should not be written
(they will cause infinite loops).

Variables:

version -- indicates the format that the module uses. Version 0 is the
    historical format, version 1 shares interned strings and version 2
    uses a binary format for floating point numbers.
    Version 3 shares common object references (New in version 3.4).

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- marshal value as a bytes object
loads() -- read value from a bytes-like object

Pyclave notes (this module is pure Python; it follows CPython 3.11's
Python/marshal.c, formats 0 to 4, byte for byte where it can):

* Code objects: Pyclave's code objects are not CPython's, so dumps() of
  a code object raises ValueError('unmarshallable object'), and loading
  data that holds a code object ('c') reads and checks its fields like
  CPython, then raises ValueError('bad marshal data (code objects are
  not supported by Pyclave)').
* FLAG_REF (formats 3 and 4): CPython flags an object for sharing when
  its reference count is above one, which Pyclave cannot know.  The rule
  here: the top-level object is flagged (a variable or a literal); ints,
  floats, complex numbers, strs and bytes are always flagged and shared by
  value (like literal constants, which CPython's compiler merges, small
  ints and interned strings); tuples are always flagged and shared by
  identity (the empty tuple by value); lists, dicts, sets, frozensets and
  bytes-like objects below the top are flagged only when they occur more
  than once.  A str is written as interned when it consists of ASCII
  letters, digits and '_' only (the strings CPython's compiler interns).
  The bytes then equal CPython's
  for values built from literals; they differ (without affecting what
  loads() returns) for values computed at run time (CPython does not flag
  them or share equal copies), for a nested container that other
  variables also refer to, and for a temporary passed straight to
  dumps().
* loads() of a tuple that refers to itself (hostile data; CPython builds
  a self-containing tuple) raises ValueError: Python code cannot build one.
* load() calls file.read(0) and then file.readinto() once per field like
  CPython; a field larger than 1 MiB is read in 1 MiB pieces, and
  Pyclave's built-in binary files (no readinto()) are read with read().
* Nesting deeper than 2000 raises ValueError as in CPython ('object too
  deeply nested to marshal', 'recursion limit exceeded'); both directions
  use explicit stacks, never Python recursion.
"""

import struct as _struct
import sys as _sys

version = 4

_MAX_DEPTH = 2000          # CPython's MAX_MARSHAL_STACK_DEPTH (not Windows)
_SIZE32_MAX = 0x7FFFFFFF

_TYPE_NULL = 0x30           # '0'
_TYPE_NONE = 0x4E           # 'N'
_TYPE_FALSE = 0x46          # 'F'
_TYPE_TRUE = 0x54           # 'T'
_TYPE_STOPITER = 0x53       # 'S'
_TYPE_ELLIPSIS = 0x2E       # '.'
_TYPE_INT = 0x69            # 'i'
_TYPE_INT64 = 0x49          # 'I' (read only)
_TYPE_FLOAT = 0x66          # 'f'
_TYPE_BINARY_FLOAT = 0x67   # 'g'
_TYPE_COMPLEX = 0x78        # 'x'
_TYPE_BINARY_COMPLEX = 0x79  # 'y'
_TYPE_LONG = 0x6C           # 'l'
_TYPE_STRING = 0x73         # 's'
_TYPE_INTERNED = 0x74       # 't'
_TYPE_REF = 0x72            # 'r'
_TYPE_TUPLE = 0x28          # '('
_TYPE_LIST = 0x5B           # '['
_TYPE_DICT = 0x7B           # '{'
_TYPE_CODE = 0x63           # 'c'
_TYPE_UNICODE = 0x75        # 'u'
_TYPE_UNKNOWN = 0x3F        # '?'
_TYPE_SET = 0x3C            # '<'
_TYPE_FROZENSET = 0x3E      # '>'
_TYPE_ASCII = 0x61          # 'a'
_TYPE_ASCII_INTERNED = 0x41  # 'A'
_TYPE_SMALL_TUPLE = 0x29    # ')'
_TYPE_SHORT_ASCII = 0x7A    # 'z'
_TYPE_SHORT_ASCII_INTERNED = 0x5A  # 'Z'
_FLAG_REF = 0x80

_WFERR_UNMARSHALLABLE = 1
_WFERR_NESTEDTOODEEP = 2

_pack_d = _struct.Struct('<d').pack
_unpack_d = _struct.Struct('<d').unpack


class _Sentinel:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_NULL = _Sentinel('<marshal NULL>')        # TYPE_NULL: the dict terminator
# The objects written as a type code alone (compared by identity).
_SINGLETONS = ((_NULL, _TYPE_NULL), (None, _TYPE_NONE), (StopIteration, _TYPE_STOPITER),
               (Ellipsis, _TYPE_ELLIPSIS), (False, _TYPE_FALSE), (True, _TYPE_TRUE))
_SINGLETON_OF = {code: obj for obj, code in _SINGLETONS}
_END = _Sentinel('<marshal end>')          # end of a writer's child iterator
_RESERVED = _Sentinel('<marshal reserved>')  # ref slot of an unfinished frozenset/code
_TUPLE_SLOT = _Sentinel('<marshal tuple>')   # ref slot of an unfinished tuple

_CONTAINERS = (tuple, list, dict, set, frozenset)


def _as_c_int(v):
    """Argument Clinic's `int` converter (_PyLong_AsInt)."""
    import operator
    n = operator.index(v)
    if n > 0x7FFFFFFF or n < -0x80000000:
        raise OverflowError("Python int too large to convert to C int")
    return n


def _is_array(t):
    for k in t.__mro__:
        if k.__name__ == 'array' and k.__module__ == 'array':
            return True
    return False


def _buffer_bytes(v, t):
    """The bytes of a bytes-like object that is not an exact bytes, or
    None when v does not export a simple buffer (CPython's
    PyObject_CheckBuffer + PyBUF_SIMPLE)."""
    if issubclass(t, (bytes, bytearray, memoryview)):
        try:
            mv = memoryview(v)
            if not mv.c_contiguous:
                return None
            return mv.tobytes()
        except (TypeError, ValueError, BufferError):
            return None
    if _is_array(t):
        for k in t.__mro__:
            if k.__name__ == 'array' and k.__module__ == 'array':
                return k.tobytes(v)
    return None


def _is_buffer_type(t):
    return issubclass(t, (bytes, bytearray, memoryview)) or _is_array(t)


def _looks_interned(s):
    # CPython's compiler interns string constants made of name characters
    # only (all_name_chars): ASCII letters, digits and '_'.
    return s.isascii() and (not s or s.replace('_', 'a').isalnum())


# ---------------------------------------------------------------------------
# Writing

class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.error = 0
        self.refs = {}          # ref key -> index in the stream
        self.shared = set()     # ids of containers met more than once
        self.keep = []          # keeps id()-keyed objects alive

    def w_long(self, x):
        self.out += (x & 0xFFFFFFFF).to_bytes(4, 'little')

    def w_size(self, n):
        if n > _SIZE32_MAX:
            self.error = _WFERR_UNMARSHALLABLE
            return False
        self.w_long(n)
        return True

    def w_pstring(self, data):
        if self.w_size(len(data)):
            self.out += data

    def w_short_pstring(self, data):
        self.out.append(len(data))
        self.out += data

    def find_shared(self, top):
        """Mark the containers that occur more than once below `top`,
        walking the graph the way the writer will (never into an object
        twice, never deeper than the writer goes)."""
        seen = {}
        shared = self.shared
        stack = [iter((top,))]
        while stack:
            v = next(stack[-1], _END)
            if v is _END:
                stack.pop()
                continue
            t = type(v)
            if t in _CONTAINERS:
                if t is tuple and not v:
                    continue
            elif not _is_buffer_type(t):
                continue
            i = id(v)
            if i in seen:
                shared.add(i)
                continue
            seen[i] = v
            if len(stack) >= _MAX_DEPTH:
                continue
            if t is dict:
                items = []
                for k, x in v.items():
                    items.append(k)
                    items.append(x)
                stack.append(iter(items))
            elif t in _CONTAINERS:
                stack.append(iter(v))
        self.keep.append(seen)

    def ref_key(self, v, t, top):
        if t is int:
            return (0, v)
        if t is float:
            return (1, _pack_d(v))
        if t is complex:
            return (2, _pack_d(v.real) + _pack_d(v.imag))
        if t is str:
            return (3, v)
        if t is bytes:
            return (4, v)
        if t is tuple:
            if not v:
                return (5,)
            return (6, id(v))
        if top or id(v) in self.shared:
            return (6, id(v))
        return None

    def w_object(self, v, depth, top):
        """Write v (depth: its nesting level, 1 at the top).  Returns an
        iterator over its children when it is a container, else None."""
        out = self.out
        if depth > _MAX_DEPTH:
            self.error = _WFERR_NESTEDTOODEEP
            return None
        for obj, code in _SINGLETONS:
            if v is obj:
                out.append(code)
                return None
        t = type(v)
        flag = 0
        if self.version >= 3:
            key = self.ref_key(v, t, top)
            if key is not None:
                idx = self.refs.get(key)
                if idx is not None:
                    out.append(_TYPE_REF)
                    self.w_long(idx)
                    return None
                self.refs[key] = len(self.refs)
                if key[0] == 6:
                    self.keep.append(v)
                flag = _FLAG_REF
        return self.w_complex(v, t, flag)

    def w_float_str(self, x):
        self.w_short_pstring(('%.17g' % x).encode('ascii'))

    def w_pylong(self, v, flag):
        out = self.out
        out.append(_TYPE_LONG | flag)
        a = -v if v < 0 else v
        ndig = (a.bit_length() + 14) // 15
        if ndig > _SIZE32_MAX:
            self.error = _WFERR_UNMARSHALLABLE
            return
        self.w_long(-ndig if v < 0 else ndig)
        raw = a.to_bytes((a.bit_length() + 7) // 8, 'little')
        acc = 0
        nbits = 0
        count = 0
        for byte in raw:
            acc |= byte << nbits
            nbits += 8
            if nbits >= 15:
                out.append(acc & 0xFF)
                out.append((acc >> 8) & 0x7F)
                acc >>= 15
                nbits -= 15
                count += 1
        if count < ndig:
            out.append(acc & 0xFF)
            out.append((acc >> 8) & 0x7F)

    def w_complex(self, v, t, flag):
        out = self.out
        version = self.version
        if t is int:
            if -0x80000000 <= v <= 0x7FFFFFFF:
                out.append(_TYPE_INT | flag)
                self.w_long(v)
            else:
                self.w_pylong(v, flag)
        elif t is float:
            if version > 1:
                out.append(_TYPE_BINARY_FLOAT | flag)
                out += _pack_d(v)
            else:
                out.append(_TYPE_FLOAT | flag)
                self.w_float_str(v)
        elif t is complex:
            if version > 1:
                out.append(_TYPE_BINARY_COMPLEX | flag)
                out += _pack_d(v.real)
                out += _pack_d(v.imag)
            else:
                out.append(_TYPE_COMPLEX | flag)
                self.w_float_str(v.real)
                self.w_float_str(v.imag)
        elif t is bytes:
            out.append(_TYPE_STRING | flag)
            self.w_pstring(v)
        elif t is str:
            if version >= 4 and v.isascii():
                interned = _looks_interned(v)
                if len(v) < 256:
                    out.append((_TYPE_SHORT_ASCII_INTERNED if interned
                                else _TYPE_SHORT_ASCII) | flag)
                    self.w_short_pstring(v.encode('latin-1'))
                else:
                    out.append((_TYPE_ASCII_INTERNED if interned
                                else _TYPE_ASCII) | flag)
                    self.w_pstring(v.encode('latin-1'))
            else:
                data = v.encode('utf-8', 'surrogatepass')
                if version >= 3 and _looks_interned(v):
                    out.append(_TYPE_INTERNED | flag)
                else:
                    out.append(_TYPE_UNICODE | flag)
                self.w_pstring(data)
        elif t is tuple:
            n = len(v)
            if version >= 4 and n < 256:
                out.append(_TYPE_SMALL_TUPLE | flag)
                out.append(n)
            else:
                out.append(_TYPE_TUPLE | flag)
                if not self.w_size(n):
                    return None
            return iter(v)
        elif t is list:
            out.append(_TYPE_LIST | flag)
            if not self.w_size(len(v)):
                return None
            return iter(list(v))
        elif t is dict:
            out.append(_TYPE_DICT | flag)
            items = []
            for k, x in v.items():
                items.append(k)
                items.append(x)
            items.append(_NULL)
            return iter(items)
        elif t is set or t is frozenset:
            out.append((_TYPE_FROZENSET if t is frozenset else _TYPE_SET) | flag)
            if not self.w_size(len(v)):
                return None
            return iter(list(v))
        else:
            data = _buffer_bytes(v, t) if _is_buffer_type(t) else None
            if data is None:
                # code objects, subclasses of int/str/tuple/..., anything else
                out.append(_TYPE_UNKNOWN | flag)
                self.error = _WFERR_UNMARSHALLABLE
            else:
                out.append(_TYPE_STRING | flag)
                self.w_pstring(data)
        return None

    def write(self, top):
        if self.version >= 3:
            self.find_shared(top)
        stack = []
        it = self.w_object(top, 1, True)
        if it is not None:
            stack.append(it)
        while stack:
            v = next(stack[-1], _END)
            if v is _END:
                stack.pop()
                continue
            # The writer goes on after an error, as CPython's does: the
            # last error decides the message.
            it = self.w_object(v, len(stack) + 1, False)
            if it is not None:
                stack.append(it)
        if self.error:
            if self.error == _WFERR_UNMARSHALLABLE:
                raise ValueError("unmarshallable object")
            raise ValueError("object too deeply nested to marshal")
        return bytes(self.out)


def _dumps(value, version):
    return _Writer(version).write(value)


# ---------------------------------------------------------------------------
# Reading

class _Reader:
    """Reads from `data` (loads) or, when it is None, from `file` through
    file.readinto(), one field at a time exactly like CPython's load()."""

    def __init__(self, data, file):
        self.data = data
        self.pos = 0
        self.file = file
        self.refs = []
        self.tuple_cycle = False

    # -- primitive fields -------------------------------------------------

    def r_string(self, n):
        if self.file is None:
            pos = self.pos
            if len(self.data) - pos < n:
                raise EOFError("marshal data too short")
            self.pos = pos + n
            return self.data[pos:pos + n]
        # Reads of one field happen in one readinto() call as in CPython;
        # a huge declared size is read in pieces so that it is not
        # allocated before the file has proved to hold it.
        chunk = 1 << 20
        if n <= chunk:
            return self.r_file(n)
        parts = []
        left = n
        while left:
            k = chunk if left > chunk else left
            parts.append(self.r_file(k))
            left -= k
        return b''.join(parts)

    def r_file(self, n):
        import operator
        f = self.file
        if type(f).__module__ == '_io' and not hasattr(f, 'readinto'):
            # Pyclave's built-in binary files have read() but no readinto().
            data = f.read(n)
            if len(data) != n:
                raise EOFError("EOF read where not expected")
            return bytes(data)
        buf = bytearray(n)
        res = f.readinto(memoryview(buf))
        try:
            got = operator.index(res)
        except TypeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(res).__name__) from None
        if got > 0x7FFFFFFFFFFFFFFF or got < -0x8000000000000000:
            raise ValueError("cannot fit '%s' into an index-sized integer"
                             % type(res).__name__)
        if got != n:
            if got > n:
                raise ValueError("read() returned too much data: "
                                 "%d bytes requested, %d returned" % (n, got))
            raise EOFError("EOF read where not expected")
        return bytes(buf)

    def r_byte(self):
        if self.file is None:
            pos = self.pos
            if pos < len(self.data):
                self.pos = pos + 1
                return self.data[pos]
            raise EOFError("EOF read where not expected")
        return self.r_string(1)[0]

    def r_short(self):
        b = self.r_string(2)
        x = b[0] | (b[1] << 8)
        return x - 0x10000 if x & 0x8000 else x

    def r_long(self):
        return int.from_bytes(self.r_string(4), 'little', signed=True)

    # -- scalar objects -----------------------------------------------------

    def r_pylong(self):
        n = self.r_long()
        if n == 0:
            return 0
        if n < -_SIZE32_MAX or n > _SIZE32_MAX:
            raise ValueError("bad marshal data (long size out of range)")
        size = -n if n < 0 else n
        if self.file is None:
            # Check the digits that are there before complaining that the
            # rest is missing, as CPython's digit-by-digit loop does.
            avail = (len(self.data) - self.pos) // 2
            k = size if size <= avail else avail
            raw = self.data[self.pos:self.pos + 2 * k]
            self.pos += 2 * k
            if k and max(raw[1::2]) >= 0x80:
                raise ValueError("bad marshal data (digit out of range in long)")
            if k < size:
                raise EOFError("marshal data too short")
        else:
            parts = bytearray()
            for _ in range(size):
                d = self.r_string(2)
                if d[1] >= 0x80:
                    raise ValueError("bad marshal data (digit out of range in long)")
                parts += d
            raw = bytes(parts)
        if raw[-1] == 0 and raw[-2] == 0:
            raise ValueError("bad marshal data (unnormalized long data)")
        # Repack the little-endian 15-bit digits into bytes.
        out = bytearray()
        acc = 0
        nbits = 0
        for i in range(0, 2 * size, 2):
            acc |= (raw[i] | (raw[i + 1] << 8)) << nbits
            nbits += 15
            while nbits >= 8:
                out.append(acc & 0xFF)
                acc >>= 8
                nbits -= 8
        if nbits:
            out.append(acc)
        v = int.from_bytes(out, 'little')
        return -v if n < 0 else v

    def r_float_bin(self):
        return _unpack_d(self.r_string(8))[0]

    def r_float_str(self):
        n = self.r_byte()
        s = self.r_string(n)
        z = s.find(b'\0')
        if z >= 0:
            s = s[:z]          # CPython parses it as a C string
        if not _valid_strtod(s):
            raise ValueError("could not convert string to float: '%s'"
                             % s[:200].decode('utf-8', 'replace'))
        return float(s.decode('ascii'))

    # -- containers (generators fed their items by read_object) ------------

    def g_tuple(self, n, idx):
        items = []
        for _ in range(n):
            v = yield
            if v is _NULL:
                raise TypeError("NULL object in marshal data for tuple")
            items.append(v)
        t = tuple(items)
        if idx is not None:
            self.refs[idx] = t
        return t

    def g_list(self, n, lst):
        for _ in range(n):
            v = yield
            if v is _NULL:
                raise TypeError("NULL object in marshal data for list")
            lst.append(v)
        return lst

    def g_dict(self, d):
        while True:
            k = yield
            if k is _NULL:
                return d
            v = yield
            if v is _NULL:
                # CPython stops the dict there (the key is dropped).
                return d
            d[k] = v

    def g_set(self, n, s, idx):
        for _ in range(n):
            v = yield
            if v is _NULL:
                raise TypeError("NULL object in marshal data for set")
            s.add(v)
        if idx is None:
            return s
        fs = frozenset(s)
        if idx >= 0:
            self.refs[idx] = fs
        return fs

    def g_code(self):
        # The fields of a 3.11 code object, read like CPython reads them,
        # so that truncated or broken data fails the same way.
        for _ in range(5):      # argcount .. flags
            self.r_long()
        for _ in range(8):      # code, consts, names, localsplusnames,
            #                     localspluskinds, filename, name, qualname
            v = yield
            if v is _NULL:
                return _NULL
        self.r_long()           # firstlineno
        for _ in range(2):      # linetable, exceptiontable
            v = yield
            if v is _NULL:
                return _NULL
        raise ValueError("bad marshal data (code objects are not supported "
                         "by Pyclave)")

    def reserve(self, flag, marker=_RESERVED):
        if not flag:
            return None
        self.refs.append(marker)
        return len(self.refs) - 1

    # -- one object -----------------------------------------------------------

    def r_head(self, depth):
        """Read the start of an object at nesting level `depth`.  Returns
        (False, value) or (True, generator wanting the items)."""
        try:
            code = self.r_byte()
        except EOFError:
            raise EOFError("EOF read where object expected") from None
        if depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        flag = code & _FLAG_REF
        t = code & ~_FLAG_REF
        refs = self.refs
        if t in _SINGLETON_OF:
            return False, _SINGLETON_OF[t]
        if t == _TYPE_INT:
            v = self.r_long()
        elif t == _TYPE_INT64:
            v = int.from_bytes(self.r_string(8), 'little', signed=True)
        elif t == _TYPE_LONG:
            v = self.r_pylong()
        elif t == _TYPE_FLOAT:
            v = self.r_float_str()
        elif t == _TYPE_BINARY_FLOAT:
            v = self.r_float_bin()
        elif t == _TYPE_COMPLEX:
            re = self.r_float_str()
            v = complex(re, self.r_float_str())
        elif t == _TYPE_BINARY_COMPLEX:
            re = self.r_float_bin()
            v = complex(re, self.r_float_bin())
        elif t == _TYPE_STRING:
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (bytes object size out of range)")
            v = bytes(self.r_string(n))
        elif t == _TYPE_ASCII or t == _TYPE_ASCII_INTERNED:
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (string size out of range)")
            v = bytes(self.r_string(n)).decode('latin-1')
            if t == _TYPE_ASCII_INTERNED:
                v = _sys.intern(v)
        elif t == _TYPE_SHORT_ASCII or t == _TYPE_SHORT_ASCII_INTERNED:
            n = self.r_byte()
            v = bytes(self.r_string(n)).decode('latin-1')
            if t == _TYPE_SHORT_ASCII_INTERNED:
                v = _sys.intern(v)
        elif t == _TYPE_UNICODE or t == _TYPE_INTERNED:
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (string size out of range)")
            if n:
                v = bytes(self.r_string(n)).decode('utf-8', 'surrogatepass')
            else:
                v = ''
            if t == _TYPE_INTERNED:
                v = _sys.intern(v)
        elif t == _TYPE_SMALL_TUPLE or t == _TYPE_TUPLE:
            if t == _TYPE_SMALL_TUPLE:
                n = self.r_byte()
            else:
                n = self.r_long()
                if n < 0:
                    raise ValueError("bad marshal data (tuple size out of range)")
            return True, self.g_tuple(n, self.reserve(flag, _TUPLE_SLOT))
        elif t == _TYPE_LIST:
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (list size out of range)")
            lst = []
            if flag:
                refs.append(lst)
            return True, self.g_list(n, lst)
        elif t == _TYPE_DICT:
            d = {}
            if flag:
                refs.append(d)
            return True, self.g_dict(d)
        elif t == _TYPE_SET or t == _TYPE_FROZENSET:
            n = self.r_long()
            if n < 0:
                raise ValueError("bad marshal data (set size out of range)")
            if t == _TYPE_SET:
                s = set()
                if flag:
                    refs.append(s)
                return True, self.g_set(n, s, None)
            if n == 0:
                v = frozenset()
            else:
                # Registered only once complete, as CPython does.
                idx = self.reserve(flag)
                return True, self.g_set(n, set(), -1 if idx is None else idx)
        elif t == _TYPE_CODE:
            self.reserve(flag)
            return True, self.g_code()
        elif t == _TYPE_REF:
            n = self.r_long()
            if n < 0 or n >= len(refs):
                raise ValueError("bad marshal data (invalid reference)")
            v = refs[n]
            if v is _RESERVED:
                raise ValueError("bad marshal data (invalid reference)")
            if v is _TUPLE_SLOT:
                # CPython hands out the unfinished tuple; Python code
                # cannot build a tuple that contains itself.  Go on like
                # CPython (later bad data fails the same way) and refuse
                # the result at the end.
                self.tuple_cycle = True
                return False, _Sentinel('<marshal unfinished tuple>')
            return False, v
        else:
            raise ValueError("bad marshal data (unknown type code)")
        if flag:
            refs.append(v)
        return False, v

    def read_object(self):
        """CPython's r_object() without C recursion: the containers being
        read are generators on an explicit stack."""
        stack = []
        while True:
            is_gen, v = self.r_head(len(stack) + 1)
            if is_gen:
                try:
                    v.send(None)
                except StopIteration as e:
                    v = e.value
                else:
                    stack.append(v)
                    continue
            while stack:
                try:
                    stack[-1].send(v)
                except StopIteration as e:
                    stack.pop()
                    v = e.value
                    continue
                break
            else:
                if v is _NULL:
                    raise TypeError("NULL object in marshal data for object")
                if self.tuple_cycle:
                    raise ValueError("bad marshal data (a tuple that contains "
                                     "itself is not supported by Pyclave)")
                return v


def _valid_strtod(s):
    """Whether CPython's PyOS_string_to_double accepts all of s (bytes):
    [sign] digits[.digits][e[sign]digits], or [sign] inf/infinity/nan."""
    i = 0
    n = len(s)
    if i < n and s[i] in b'+-':
        i += 1
    word = s[i:].lower()
    if word in (b'inf', b'infinity', b'nan'):
        return True
    digits = 0
    while i < n and 0x30 <= s[i] <= 0x39:
        i += 1
        digits += 1
    if i < n and s[i] == 0x2E:
        i += 1
        while i < n and 0x30 <= s[i] <= 0x39:
            i += 1
            digits += 1
    if not digits:
        return False
    if i < n and s[i] in b'eE':
        j = i + 1
        if j < n and s[j] in b'+-':
            j += 1
        k = j
        while k < n and 0x30 <= s[k] <= 0x39:
            k += 1
        if k > j:
            i = k
    return i == n


def _bytes_arg(b):
    t = type(b)
    if t is bytes:
        return b
    if _is_array(t):
        return _buffer_bytes(b, t)
    try:
        mv = memoryview(b)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % t.__name__) from None
    if not mv.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return mv.tobytes()


# ---------------------------------------------------------------------------
# The module's functions (positional-only, no keywords, like CPython's).

def dump(*args, **kwargs):
    """Write the value on the open file.

      value
        Must be a supported type.
      file
        Must be a writeable binary file.
      version
        Indicates the data format that dump should use.

    If the value has (or contains an object that has) an unsupported type, a
    ValueError exception is raised - but garbage data will also be written
    to the file. The object will not be properly read back by load()."""
    if kwargs:
        raise TypeError("marshal.dump() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("dump expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("dump expected at most 3 arguments, got %d" % len(args))
    ver = _as_c_int(args[2]) if len(args) == 3 else 4
    s = _dumps(args[0], ver)
    return args[1].write(s)


def load(*args, **kwargs):
    """Read one value from the open file and return it.

      file
        Must be readable binary file.

    If no valid value is read (e.g. because the data has a different Python
    version's incompatible marshal format), raise EOFError, ValueError or
    TypeError.

    Note: If an object containing an unsupported type was marshalled with
    dump(), load() will substitute None for the unmarshallable type."""
    if kwargs:
        raise TypeError("marshal.load() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("marshal.load() takes exactly one argument (%d given)"
                        % len(args))
    f = args[0]
    # CPython first reads zero bytes to check that read() gives bytes.
    data = f.read(0)
    if not isinstance(data, bytes):
        raise TypeError("file.read() returned not bytes but %.100s"
                        % type(data).__name__)
    return _Reader(None, f).read_object()


def dumps(*args, **kwargs):
    """Return the bytes object that would be written to a file by dump(value, file).

      value
        Must be a supported type.
      version
        Indicates the data format that dumps should use.

    Raise a ValueError exception if value has (or contains an object that has) an
    unsupported type."""
    if kwargs:
        raise TypeError("marshal.dumps() takes no keyword arguments")
    if len(args) < 1:
        raise TypeError("dumps expected at least 1 argument, got %d" % len(args))
    if len(args) > 2:
        raise TypeError("dumps expected at most 2 arguments, got %d" % len(args))
    ver = _as_c_int(args[1]) if len(args) == 2 else 4
    return _dumps(args[0], ver)


def loads(*args, **kwargs):
    """Convert the bytes-like object to a value.

    If no valid value is found, raise EOFError, ValueError or TypeError.  Extra
    bytes in the input are ignored."""
    if kwargs:
        raise TypeError("marshal.loads() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("marshal.loads() takes exactly one argument (%d given)"
                        % len(args))
    return _Reader(_bytes_arg(args[0]), None).read_object()
