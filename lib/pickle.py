"""Python object serialization (Pyclave).

Written from the library documentation and the pickle format
specifications (PEP 307, PEP 3154, PEP 574); CPython 3.11's C
accelerator (_pickle) is the oracle for the bytes written and for error
messages.  Protocols 0 to 5; protocol 4 and later use framing."""

from types import FunctionType
import sys
import io
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT",
           "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT",
           "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8",
           "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT",
           "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST",
           "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT",
           "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO",
           "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass




class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes (see PEP 307, PEP 3154 and PEP 574) ----------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_FRAME_HEADER_SIZE = 9
_BATCHSIZE = 1000


# ---- PickleBuffer (PEP 574) -------------------------------------------------

class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        view = self._view
        if not view.c_contiguous and not view.f_contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B') if view.format != 'B' or view.ndim != 1 else view

    def release(self):
        if self._view is not None:
            self._view.release()
        self._view = None

    def __buffer_view(self):
        return self.raw()

    def __bytes__(self):
        return bytes(self.raw())

    def __len__(self):
        return self.raw().nbytes


PickleBuffer.__module__ = 'pickle'


# ---- helpers ------------------------------------------------------------------

def encode_long(x):
    """Little-endian two's complement bytes of x, as LONG1/LONG4 want them."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    """Protocol 0 UNICODE argument: raw-unicode-escape, also escaping the
    characters the line-based format cannot carry."""
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 0x100:
            if ch in '\\\n\r\x00\x1a':
                out += b'\\u%04x' % c
            else:
                out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


_HEX = frozenset(b'0123456789abcdefABCDEF')


_SIMPLE_ESCAPES = {0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8,
                   0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11}


def _escape_decode(data):
    """Decode the Python 2 string literal escapes of a STRING argument."""
    if b'\\' not in data:
        return bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
                else:
                    break
            out.append(v & 0xff)
        elif c == 0x78:
            digits = data[i:i + 2]
            if len(digits) < 2 or any(b not in _HEX for b in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(digits, 16))
            i += 2
        else:
            out.append(0x5c)
            out.append(c)
            _warn_escape(c)
    return bytes(out)


def _warn_escape(c):
    # CPython's escape decoder warns; the warning points at the caller of
    # pickle (the C unpickler has no Python frame of its own).
    import warnings
    level = 1
    try:
        f = sys._getframe(0)
        while f is not None and f.f_globals.get('__name__') == __name__:
            f = f.f_back
            level += 1
    except (AttributeError, ValueError):
        pass
    warnings.warn("invalid escape sequence '\\%c'" % c, DeprecationWarning,
                  stacklevel=level)


def _getattribute(obj, name):
    top = obj
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, top))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, top)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__' or
                module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                # CPython's sys.modules keys are interned strings (this
                # matters for which strings the memo shares).
                return sys.intern(module_name)
        except AttributeError:
            pass
    return '__main__'


def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    protocol = protocol.__index__() if not isinstance(protocol, int) else protocol
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


# ---- protocol 0 line arguments --------------------------------------------------
# CPython parses these lines as C strings: a NUL byte ends the argument.

def _cstr(line):
    i = line.find(b'\0')
    return line if i < 0 else line[:i]


def _c_pylong(cs, base):
    # PyLong_FromString on a C string: decoded as UTF-8 for the message.
    return int(cs.decode('utf-8'), base)


_INF = float('inf')
_C_SPACE = b' \t\n\v\f\r'


def _c_strtol(cs):
    """C strtol(s, &end, 0): (value, rest after the number, overflowed)."""
    n = len(cs)
    i = 0
    while i < n and cs[i] in _C_SPACE:
        i += 1
    neg = False
    if i < n and cs[i] in b'+-':
        neg = cs[i] == 0x2d
        i += 1
    base = 10
    if i + 1 < n and cs[i] == 0x30 and cs[i + 1] in b'xX' and i + 2 < n and cs[i + 2] in _HEX:
        base = 16
        i += 2
    elif i < n and cs[i] == 0x30:
        base = 8
    start = i
    value = 0
    while i < n:
        c = cs[i]
        if 0x30 <= c <= 0x39:
            d = c - 0x30
        elif 0x61 <= c <= 0x66:
            d = c - 0x61 + 10
        elif 0x41 <= c <= 0x46:
            d = c - 0x41 + 10
        else:
            break
        if d >= base:
            break
        value = value * base + d
        i += 1
    if i == start:
        return 0, cs, False
    if neg:
        value = -value
    return value, cs[i:], not (-2**63 <= value < 2**63)


def _c_float_prefix(cs):
    """Length of the float literal at the start of cs (0 if none)."""
    n = len(cs)
    i = 0
    if i < n and cs[i] in b'+-':
        i += 1
    low = cs[i:i + 8].lower()
    for word in (b'infinity', b'inf', b'nan'):
        if low.startswith(word):
            return i + len(word)
    digits = 0
    while i < n and 0x30 <= cs[i] <= 0x39:
        i += 1
        digits += 1
    if i < n and cs[i] == 0x2e:
        i += 1
        while i < n and 0x30 <= cs[i] <= 0x39:
            i += 1
            digits += 1
    if not digits:
        return 0
    if i < n and cs[i] in b'eE':
        j = i + 1
        if j < n and cs[j] in b'+-':
            j += 1
        if j < n and 0x30 <= cs[j] <= 0x39:
            while j < n and 0x30 <= cs[j] <= 0x39:
                j += 1
            i = j
    return i


# ---- Pickler ----------------------------------------------------------------------

class Pickler:
    """This takes a binary file for writing a pickle data stream."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        self.proto = _check_protocol(protocol)
        if buffer_callback is not None and self.proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.bin = self.proto >= 1
        self.fast = 0
        self.fix_imports = fix_imports and self.proto < 3
        self._buf = bytearray()
        self.write = self._buf.extend
        self._frame_start = -1
        self._framing = False

    def clear_memo(self):
        self.memo.clear()

    # -- output and framing --------------------------------------------------
    # The output of one dump() collects in self._buf.  With framing (protocol
    # 4 and later) a 9-byte frame header is reserved whenever a frame opens;
    # committing the frame fills it in, or removes it when the frame holds
    # fewer than 4 bytes, as CPython does.

    def _open_frame(self):
        if self._framing:
            self._frame_start = len(self._buf)
            self._buf += b'\0\0\0\0\0\0\0\0\0'

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        self._frame_start = -1
        flen = len(self._buf) - start - _FRAME_HEADER_SIZE
        if flen >= _FRAME_SIZE_MIN:
            self._buf[start:start + _FRAME_HEADER_SIZE] = FRAME + pack('<Q', flen)
        else:
            del self._buf[start:start + _FRAME_HEADER_SIZE]

    def _next_frame(self):
        self._commit_frame()
        self._flush()
        self._open_frame()

    def _flush(self):
        buf = self._buf
        if buf:
            data = bytes(buf)
            buf.clear()
            self._file_write(data)

    def _write_large(self, header, payload):
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            # Big payloads go outside any frame.
            self._commit_frame()
            self._buf += header
            self._buf += payload
            self._open_frame()
        else:
            self.write(header)
            self.write(payload)

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_buf'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._pers_func = getattr(self, 'persistent_id', None)
        self._override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._table = dispatch_table if table is None else table
        buf = self._buf
        buf.clear()
        self._frame_start = -1
        self._framing = False
        if self.proto >= 2:
            buf += PROTO + bytes((self.proto,))
            if self.proto >= 4:
                self._framing = True
                self._open_frame()
        try:
            self.save(obj)
        except RecursionError as e:
            if not str(e).startswith("maximum recursion depth exceeded"):
                raise
            raise RecursionError("maximum recursion depth exceeded "
                                 "while pickling an object") from None
        self.write(STOP)
        self._commit_frame()
        self._framing = False
        self._flush()

    # -- the memo ---------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self.write(BINPUT + bytes((idx,)))
            else:
                self.write(LONG_BINPUT + pack('<I', idx))
        else:
            self.write(PUT + repr(idx).encode('ascii') + b'\n')

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            return LONG_BINGET + pack('<I', i)
        return GET + repr(i).encode('ascii') + b'\n'

    # -- the main entry ------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        start = self._frame_start
        if start >= 0 and len(self._buf) - start >= _FRAME_SIZE_TARGET + _FRAME_HEADER_SIZE:
            self._next_frame()
        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self.write(NEWTRUE if obj else NEWFALSE)
            else:
                self.write(TRUE if obj else FALSE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        if t is bytes:
            self.save_bytes(obj)
            return
        if t is str:
            self.save_str(obj)
            return
        if t is tuple and obj and (len(obj) > 3 or self.proto < 2):
            # Inlined (as CPython's C pickler, one recursion level per
            # nested tuple rather than two).
            n = len(obj)
            save = self.save
            self.write(MARK)
            for element in obj:
                save(element)
            x = self.memo.get(id(obj))
            if x is not None:
                # Reached again through its own items (recursion): drop
                # what was pushed and fetch the tuple from the memo.
                if self.bin:
                    self.write(POP_MARK + self.get(x[0]))
                else:
                    self.write(POP * (n + 1) + self.get(x[0]))
                return
            self.write(TUPLE)
            self.memoize(obj)
            return
        if t is tuple and obj:
            n = len(obj)
            save = self.save
            for element in obj:
                save(element)
            x = self.memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        f = self._exact_dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is FunctionType:
                self.save_global(obj)
                return
            table = self._table
            if type(table) is dict:
                reduce = table.get(t)
            else:
                try:
                    reduce = table[t]
                except KeyError:
                    reduce = None
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                if hasattr(obj, '__reduce_ex__'):
                    rv = copyreg._reduce_ex_for(obj, self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("can't pickle %r object: %r"
                                            % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            if not isinstance(pid, str):
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            try:
                self.write(PERSID + pid.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args=None, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s" % type(state_setter).__name__)
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, nargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    "be a class, not %s" % type(cls).__name__)
            if obj is not None and cls is not getattr(obj, '__class__', None):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    "be the class of the object")
            if not isinstance(nargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must "
                                    "be a tuple, not %s" % type(nargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must "
                                    "be a dict, not %s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(nargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *nargs, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not getattr(obj, '__class__', None):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the types pickle knows directly ------------------------------------------

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + bytes((obj & 0xff, obj >> 8)))
                else:
                    self.write(BININT + pack('<i', obj))
            else:
                self.write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + data)
            else:
                self.write(LONG4 + pack('<i', n) + data)
            return
        self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), data)
        else:
            self._write_large(BINBYTES + pack('<I', n), data)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(obj, obj)

    def _save_bytearray_data(self, obj, data):
        self._write_large(BYTEARRAY8 + pack('<Q', len(data)), data)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        try:
            m = obj.raw()
        except BufferError:
            raise PicklingError("PickleBuffer can not be pickled when "
                                "pointing to a non-contiguous buffer") from None
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                self._save_bytes_data(obj, m.tobytes())
            else:
                self._save_bytearray_data(obj, m.tobytes())
        else:
            self.write(NEXT_BUFFER)
            if m.readonly:
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack('<Q', n), encoded)
            else:
                self._write_large(BINUNICODE + pack('<I', n), encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple was reached again through its own items (recursion):
            # drop what was pushed and fetch it from the memo.
            if self.bin:
                self.write(POP_MARK + self.get(x[0]))
            else:
                self.write(POP * (n + 1) + self.get(x[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        # Inlined batching: one Python frame less per nesting level.
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            this_batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                this_batch += 1
                if this_batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            batch = []
            for x in items:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            batch = []
            for x in items:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        write = self.write
        size = len(obj)
        # A snapshot: the size check below reports a set changed by a
        # reduction with CPython's message.
        it = iter(list(obj))
        while True:
            write(MARK)
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        memo = self.memo
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if not isinstance(name, str):
            raise TypeError("attribute name must be string, not '%s'"
                            % type(name).__name__)
        dotted = name.split('.')
        if '<locals>' in dotted:
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0 or code > 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + bytes((code & 0xff, code >> 8)))
                else:
                    write(EXT4 + pack('<i', code))
                return
        lastname = dotted[-1]
        if parent is module:
            name = lastname
        if parent is not module and self.proto < 4:
            self.save_reduce(getattr, (parent, lastname))
        else:
            self._write_global(module_name, name, obj, name)
        self.memoize(obj)

    def _write_global(self, module_name, name, obj, qualname):
        write = self.write
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                  name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            try:
                mod_b = module_name.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using "
                                    "pickle protocol %i" % (module_name, self.proto)) from None
            try:
                name_b = name.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using "
                                    "pickle protocol %i" % (name, self.proto)) from None
            write(GLOBAL + mod_b + b'\n' + name_b + b'\n')

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _exact_dispatch = {
        dict: save_dict,
        list: save_list,
        tuple: save_tuple,
        bytearray: save_bytearray,
        PickleBuffer: save_picklebuffer,
        set: save_set,
        frozenset: save_frozenset,
    }


from _codecs import encode as _codecs_encode


# ---- Unpickler --------------------------------------------------------------------

_MISSING_SLOTS = object()


def _truncated():
    return UnpicklingError("pickle data was truncated")


class Unpickler:
    """This takes a binary file for reading a pickle data stream."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._data = b''
        self._pos = 0
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # -- input ----------------------------------------------------------------

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        have = data[pos:]
        self._data = b''
        self._pos = 0
        if self._file_read is None:
            self._pos = len(data)
            self._data = data
            raise _truncated()
        more = self._file_read(n - len(have))
        if not isinstance(more, (bytes, bytearray)):
            raise TypeError("read() returned non-bytes object (%r)" % type(more).__name__)
        result = have + more
        if len(result) < n:
            raise _truncated()
        return bytes(result)

    def _readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        have = data[pos:]
        self._data = b''
        self._pos = 0
        if self._file_readline is None:
            self._data = data
            self._pos = len(data)
            raise _truncated()
        line = have + self._file_readline()
        if not line.endswith(b'\n'):
            raise _truncated()
        return bytes(line)

    def _read_alloc(self, n):
        # CPython allocates the object before reading into it: a size no
        # machine can provide fails with MemoryError, not as truncated data.
        if n >= (1 << 40) and n > len(self._data) - self._pos:
            raise MemoryError()
        return self._read(n)

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, '_data'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.proto = 0
        self._pers_load = getattr(self, 'persistent_load', None)
        dispatch = self._dispatch
        read = self._read
        try:
            while True:
                try:
                    key = read(1)
                except UnpicklingError:
                    raise EOFError("Ran out of input") from None
                f = dispatch.get(key[0])
                if f is None:
                    c = key[0]
                    if 0x20 <= c <= 0x7e and c != 0x27 and c != 0x5c:
                        raise UnpicklingError("invalid load key, '%s'." % chr(c))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        finally:
            self.stack = self.metastack = None

    # -- the stack ------------------------------------------------------------------

    def _underflow(self):
        if self.metastack:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise self._underflow() from None

    def _top(self):
        try:
            return self.stack[-1]
        except IndexError:
            raise self._underflow() from None

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def persistent_load_missing(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if not isinstance(module, str) or not isinstance(name, str):
            raise TypeError("attribute name must be string, not '%s'"
                            % type(name if isinstance(module, str) else module).__name__)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # -- opcodes --------------------------------------------------------------------

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size = unpack('<Q', self._read(8))[0]
        if frame_size > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes"
                                % sys.maxsize)
        data = self._data
        if self._pos + frame_size <= len(data):
            return
        if self._file_read is None:
            raise _truncated()
        frame = self._read(frame_size)
        self._data = frame
        self._pos = 0

    def load_persid(self):
        if self._pers_load is None:
            self.persistent_load_missing(None)
        line = self._readline()
        try:
            pid = line[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.stack.append(self._pers_load(pid))

    def load_binpersid(self):
        if self._pers_load is None:
            self.persistent_load_missing(None)
        pid = self._pop()
        self.stack.append(self._pers_load(pid))

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        line = self._readline()
        if len(line) < 2:
            raise _truncated()
        cs = _cstr(line)
        val, rest, overflow = _c_strtol(cs)
        if overflow or (rest and rest[0] != 0x0a):
            try:
                val = int(cs.decode('latin-1'), 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        elif len(line) == 3 and val in (0, 1):
            val = bool(val)
        self.stack.append(val)

    def load_binint(self):
        self.stack.append(unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.stack.append(self._read(1)[0])

    def load_binint2(self):
        self.stack.append(unpack('<H', self._read(2))[0])

    def load_long(self):
        line = self._readline()
        if len(line) < 2:
            raise _truncated()
        if line[-2] == 0x4c:
            line = line[:-2]
        self.stack.append(_c_pylong(_cstr(line), 10))

    def load_long1(self):
        n = self._read(1)[0]
        self.stack.append(decode_long(self._read(n)))

    def load_long4(self):
        n = unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._read(n)))

    def load_float(self):
        line = self._readline()
        if len(line) < 2:
            raise _truncated()
        cs = _cstr(line)
        n = _c_float_prefix(cs)
        if n == 0:
            raise ValueError("could not convert string to float: '%s'"
                             % cs.decode('utf-8', 'replace'))
        if n < len(cs) and cs[n] != 0x0a:
            raise ValueError("could not convert string to float")
        val = float(cs[:n].decode('ascii'))
        if val in (_INF, -_INF) and b'n' not in cs[:n].lower():
            raise OverflowError("value too large to convert to float: '%s'"
                                % cs.decode('utf-8', 'replace'))
        self.stack.append(val)

    def load_binfloat(self):
        self.stack.append(unpack('>d', self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = unpack('<I', self._read(4))[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = unpack('<I', self._read(4))[0]
        self.stack.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(self._read(n))

    def load_binbytes8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise OverflowError("BINBYTES exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.stack.append(self._read_alloc(n))

    def load_bytearray8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise OverflowError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.stack.append(bytearray(self._read_alloc(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        m = buf.raw() if isinstance(buf, PickleBuffer) else memoryview(buf)
        if not m.readonly:
            self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        line = self._readline()
        self.stack.append(str(line[:-1], 'raw-unicode-escape'))

    def load_binunicode(self):
        n = unpack('<I', self._read(4))[0]
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise OverflowError("BINUNICODE exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.stack.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def _pop_n(self, n):
        stack = self.stack
        if len(stack) < n:
            raise self._underflow()
        items = tuple(stack[len(stack) - n:])
        del stack[len(stack) - n:]
        return items

    def load_tuple1(self):
        self.stack.append(self._pop_n(1))

    def load_tuple2(self):
        self.stack.append(self._pop_n(2))

    def load_tuple3(self):
        self.stack.append(self._pop_n(3))

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dict(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.stack.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def _line_str(self):
        line = self._readline()
        if len(line) < 2:
            raise _truncated()
        return line[:-1].decode('utf-8')

    def load_inst(self):
        args = self.pop_mark()
        module = self._line_str()
        name = self._line_str()
        klass = self.find_class(module, name)
        self._instantiate(klass, args)

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _load_newobj(self, name, use_kwargs):
        if use_kwargs:
            kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("%s class argument must be a type, not %s"
                                  % (name, type(cls).__name__))
        if not isinstance(args, tuple):
            raise UnpicklingError("%s args argument must be a tuple, not %s"
                                  % (name, type(args).__name__))
        if use_kwargs:
            if not isinstance(kwargs, dict):
                raise UnpicklingError("%s kwargs argument must be a dict, not %s"
                                      % (name, type(kwargs).__name__))
            obj = cls.__new__(cls, *args, **kwargs)
        else:
            obj = cls.__new__(cls, *args)
        self.stack.append(obj)

    def load_newobj(self):
        self._load_newobj("NEWOBJ", False)

    def load_newobj_ex(self):
        self._load_newobj("NEWOBJ_EX", True)

    def load_global(self):
        module = self._line_str()
        name = self._line_str()
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def load_ext1(self):
        self.get_extension(self._read(1)[0])

    def load_ext2(self):
        self.get_extension(unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self.get_extension(unpack('<i', self._read(4))[0])

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack.append(func(*args))

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.stack.append(self._top())

    def _memo_get(self, i):
        try:
            self.stack.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        line = self._readline()
        if len(line) < 2:
            raise _truncated()
        self._memo_get(_c_pylong(_cstr(line), 10))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def load_put(self):
        line = self._readline()
        if len(line) < 2:
            raise _truncated()
        value = self._top()
        i = _c_pylong(_cstr(line), 10)
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = value

    def load_binput(self):
        i = self._read(1)[0]
        self.memo[i] = self._top()

    def load_long_binput(self):
        i = unpack('<I', self._read(4))[0]
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        if not items:
            return
        lst = self._top()
        if type(lst) is list:
            lst.extend(items)
            return
        try:
            extend = lst.extend
        except AttributeError:
            append = lst.append
            for item in items:
                append(item)
            return
        extend(items)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        d = self._top()
        d[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        if not items:
            return
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        if not items:
            return
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = _MISSING_SLOTS
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate is not _MISSING_SLOTS:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self._pop())

    _dispatch = {}


_OPS = {
    MARK: 'mark', STOP: 'stop', POP: 'pop', POP_MARK: 'pop_mark', DUP: 'dup',
    FLOAT: 'float', INT: 'int', BININT: 'binint', BININT1: 'binint1',
    LONG: 'long', BININT2: 'binint2', NONE: 'none', PERSID: 'persid',
    BINPERSID: 'binpersid', REDUCE: 'reduce', STRING: 'string',
    BINSTRING: 'binstring', SHORT_BINSTRING: 'short_binstring',
    UNICODE: 'unicode', BINUNICODE: 'binunicode', APPEND: 'append',
    BUILD: 'build', GLOBAL: 'global', DICT: 'dict', EMPTY_DICT: 'empty_dict',
    APPENDS: 'appends', GET: 'get', BINGET: 'binget', INST: 'inst',
    LONG_BINGET: 'long_binget', LIST: 'list', EMPTY_LIST: 'empty_list',
    OBJ: 'obj', PUT: 'put', BINPUT: 'binput', LONG_BINPUT: 'long_binput',
    SETITEM: 'setitem', TUPLE: 'tuple', EMPTY_TUPLE: 'empty_tuple',
    SETITEMS: 'setitems', BINFLOAT: 'binfloat', PROTO: 'proto',
    NEWOBJ: 'newobj', EXT1: 'ext1', EXT2: 'ext2', EXT4: 'ext4',
    TUPLE1: 'tuple1', TUPLE2: 'tuple2', TUPLE3: 'tuple3', NEWTRUE: 'true',
    NEWFALSE: 'false', LONG1: 'long1', LONG4: 'long4', BINBYTES: 'binbytes',
    SHORT_BINBYTES: 'short_binbytes', SHORT_BINUNICODE: 'short_binunicode',
    BINUNICODE8: 'binunicode8', BINBYTES8: 'binbytes8', EMPTY_SET: 'empty_set',
    ADDITEMS: 'additems', FROZENSET: 'frozenset', NEWOBJ_EX: 'newobj_ex',
    STACK_GLOBAL: 'stack_global', MEMOIZE: 'memoize', FRAME: 'frame',
    BYTEARRAY8: 'bytearray8', NEXT_BUFFER: 'next_buffer',
    READONLY_BUFFER: 'readonly_buffer',
}
for _op, _name in _OPS.items():
    Unpickler._dispatch[_op[0]] = getattr(Unpickler, 'load_' + _name)
del _op, _name


class _BytesSource:
    """The input of loads(): the Unpickler reads the bytes directly."""
    def __init__(self):
        self.read = self.readline = None


def _loads_unpickler(data, fix_imports, encoding, errors, buffers):
    up = Unpickler(_BytesSource(), fix_imports=fix_imports, encoding=encoding,
                   errors=errors, buffers=buffers)
    up._file_read = up._file_readline = None
    up._data = data
    return up


# ---- shorthands ---------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, bytes):
        data = bytes(memoryview(data))
    return _loads_unpickler(data, fix_imports, encoding, errors, buffers).load()


for _cls in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler):
    _cls.__module__ = '_pickle'
del _cls

# Compatibility names (the pure-Python implementation's).
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
