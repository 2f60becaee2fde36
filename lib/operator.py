"""Functions for Python's operators (operator), written for Pyclave.

operator.add(a, b) is a + b and so on; each function is also available
under its dunder name (operator.__add__).  attrgetter, itemgetter and
methodcaller build small callables for sort keys and map()."""

from builtins import abs as _builtin_abs

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

# -- comparisons and truth ------------------------------------------------

def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b

# -- arithmetic and bitwise -----------------------------------------------

def abs(a): return _builtin_abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def index(a):
    """a.__index__(), with the TypeError the interpreter gives for objects
    that are not integers."""
    if isinstance(a, int):
        # PyNumber_Index: an int (subclass) is its own index, made exact;
        # its __index__ is not called.
        return a if type(a) is int else int.__add__(a, 0)
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    result = method(a)
    if type(result) is int:
        return result
    # As CPython's PyNumber_Index: the result must be an int; a strict
    # subclass is accepted (deprecated) and converted to an exact int.
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    import warnings
    warnings.warn("__index__ returned non-int (type %s).  The ability to return an instance "
                  "of a strict subclass of int is deprecated, and may be removed in a future "
                  "version of Python." % type(result).__name__, DeprecationWarning, stacklevel=2)
    return int.__add__(result, 0)

# -- sequences ------------------------------------------------------------

def _require_sequence(a):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    _require_sequence(a)
    return a + b


def contains(a, b): return b in a


def countOf(a, b):
    """How many items of a are b or equal to b."""
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


def indexOf(a, b):
    """Position of the first item of a that is b or equal to b."""
    position = 0
    for item in a:
        if item is b or item == b:
            return position
        position += 1
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b): return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def length_hint(obj, default=0):
    """len(obj) when it has one, else its __length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hook = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        hint = hook(obj)
    except TypeError:
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(hint).__name__)
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)

# -- in-place forms -------------------------------------------------------

def iadd(a, b):
    a += b
    return a

def iand(a, b):
    a &= b
    return a

def iconcat(a, b):
    _require_sequence(a)
    a += b
    return a

def ifloordiv(a, b):
    a //= b
    return a

def ilshift(a, b):
    a <<= b
    return a

def imod(a, b):
    a %= b
    return a

def imul(a, b):
    a *= b
    return a

def imatmul(a, b):
    a @= b
    return a

def ior(a, b):
    a |= b
    return a

def ipow(a, b):
    a **= b
    return a

def irshift(a, b):
    a >>= b
    return a

def isub(a, b):
    a -= b
    return a

def itruediv(a, b):
    a /= b
    return a

def ixor(a, b):
    a ^= b
    return a

# -- callable builders ----------------------------------------------------

def _dotted_getter(path):
    names = path.split('.')

    def fetch(obj):
        for name in names:
            obj = getattr(obj, name)
        return obj
    return fetch


class attrgetter:
    """attrgetter('a', 'b.c')(x) is (x.a, x.b.c); with one name, just x.a."""
    __slots__ = ('_names', '_fetch')

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        getters = [_dotted_getter(name) for name in names]
        if len(getters) == 1:
            self._fetch = getters[0]
        else:
            self._fetch = lambda obj: tuple(get(obj) for get in getters)

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(map(repr, self._names)))

    def __reduce__(self):
        return self.__class__, self._names


class itemgetter:
    """itemgetter(1, 3)(s) is (s[1], s[3]); with one key, just s[1]."""
    __slots__ = ('_keys', '_fetch')

    def __init__(self, *keys):
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = keys
        if len(keys) == 1:
            key = keys[0]
            self._fetch = lambda obj: obj[key]
        else:
            self._fetch = lambda obj: tuple(obj[key] for key in keys)

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(map(repr, self._keys)))

    def __reduce__(self):
        return self.__class__, self._keys


class methodcaller:
    """methodcaller('name', *args, **kw)(obj) is obj.name(*args, **kw)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, args = args[0], args[1], args[2:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)]
        shown.extend(repr(arg) for arg in self._args)
        shown.extend('%s=%r' % item for item in self._kwargs.items())
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(shown))

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# Dunder aliases: operator.__add__ is operator.add, and so on.
for _name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', 'floordiv',
              'index', 'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or',
              'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains',
              'delitem', 'getitem', 'setitem', 'iadd', 'iand', 'iconcat', 'ifloordiv',
              'ilshift', 'imod', 'imul', 'imatmul', 'ior', 'ipow', 'irshift', 'isub',
              'itruediv', 'ixor', 'call'):
    globals()['__%s__' % _name] = globals()[_name + '_' if _name in ('not', 'and', 'or') else _name]
del _name

def _name_c_types():
    # Types CPython defines in C: error messages show their C names.
    from _pyclave import c_type_name
    c_type_name(attrgetter, 'operator.attrgetter')
    c_type_name(itemgetter, 'operator.itemgetter')
    c_type_name(methodcaller, 'operator.methodcaller')


_name_c_types()
del _name_c_types
