# type.__flags__: the CPython bits Python code tests.
import abc
import collections
import collections.abc
import inspect

HEAPTYPE = 1 << 9
BASETYPE = 1 << 10
HAVE_GC = 1 << 14
IS_ABSTRACT = 1 << 20
SEQUENCE = 1 << 5
MAPPING = 1 << 6
IMMUTABLE = 1 << 8
MATCH_SELF = 1 << 22
SUBCLASS_BITS = {24: 'int', 25: 'list', 26: 'tuple', 27: 'bytes', 28: 'str', 29: 'dict',
                 30: 'BaseException', 31: 'type'}
MASK = HEAPTYPE | BASETYPE | HAVE_GC | IS_ABSTRACT | SEQUENCE | MAPPING | IMMUTABLE | MATCH_SELF
for b in SUBCLASS_BITS:
    MASK |= 1 << b


def describe(t):
    f = t.__flags__
    names = []
    for bit, name in ((HEAPTYPE, 'HEAP'), (BASETYPE, 'BASE'), (HAVE_GC, 'GC'), (IS_ABSTRACT, 'ABSTRACT'),
                      (SEQUENCE, 'SEQ'), (MAPPING, 'MAP'), (IMMUTABLE, 'IMMUTABLE'), (MATCH_SELF, 'MATCH_SELF')):
        if f & bit:
            names.append(name)
    for b, name in SUBCLASS_BITS.items():
        if f & (1 << b):
            names.append(name + '_SUBCLASS')
    return '%s: %s %s' % (t.__name__, hex(f & MASK), ' '.join(names))


class Plain:
    pass


class IntSub(int):
    pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


class StrSub(str):
    pass


class BytesSub(bytes):
    pass


class TupleSub(tuple):
    pass


class Err(ValueError):
    pass


class Meta(type):
    pass


class Slotted:
    __slots__ = ('a',)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Abstract):
    def f(self):
        return 1


class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


class MyMap(collections.abc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          type, BaseException, Exception, KeyError, range, memoryview, slice, type(None), property,
          staticmethod, classmethod, super, zip, enumerate, map, filter, reversed, type(iter([])),
          type(iter(range(3))), type(iter({})), type(lambda: 0), type(len),
          Plain, IntSub, ListSub, DictSub, StrSub, BytesSub, TupleSub, Err, Meta, Slotted, Abstract,
          Concrete, MySeq, MyMap):
    print(describe(t))

print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int))
Abstract2 = type('Abstract2', (Plain,), {})
print(describe(Abstract2))
Abstract2.__abstractmethods__ = frozenset({'x'})
print(describe(Abstract2), inspect.isabstract(Abstract2))
Abstract2.__abstractmethods__ = frozenset()
print(describe(Abstract2))
print(type(int.__flags__), Plain.__flags__ & HEAPTYPE != 0, int.__flags__ & HEAPTYPE)
try:
    Plain.__flags__ = 0
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
print('__flags__' in type.__dict__, '__flags__' in dir(type))
