from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
                             Iterable, Iterator, Hashable, Sized, Container, Callable, Collection,
                             Reversible, Generator, Coroutine, Awaitable, AsyncIterable,
                             AsyncIterator, AsyncGenerator, KeysView, ItemsView, ValuesView,
                             ByteString)


class LSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'LSet(%r)' % self.items

    __hash__ = Set._hash


a, b = LSet([1, 2, 3]), LSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [2, 9], [2, 9] & a if False else None)
print(a <= LSet([1, 2, 3, 4]), a < a, a == LSet([3, 2, 1]), a != b, a >= LSet([1]), a > a)
print(a == {1, 2, 3}, {1, 2, 3} == a, a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a - [1], [5, 1] - a if False else None, hash(LSet([1, 2])) == hash(LSet([2, 1])))
print(hash(LSet()) , hash(LSet([1, 2, 3])), hash(LSet(['x'])) == hash(LSet(['x'])))
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
print(a.__and__(5), a.__sub__(5), a.__le__([1]))


class MSet(LSet, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


m = MSet([1, 2, 3])
m |= [4, 5]
m &= [1, 2, 4, 5, 9]
m ^= [1, 10]
m -= [2]
print(m, m.pop(), m)
m.remove(5)
try:
    m.remove(42)
except KeyError as e:
    print('KeyError', e)
m.clear()
print(m, len(m))
try:
    m.pop()
except KeyError as e:
    print('KeyError', repr(e))
m2 = MSet([1, 2])
m2 ^= m2
print(m2)


class DMap(MutableMapping):
    def __init__(self, *a, **k):
        self.d = {}
        self.update(*a, **k)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


d = DMap([('a', 1)], b=2)
d.update({'c': 3})
d.update([('e', 5)], f=6)


class KeysOnly:
    def keys(self):
        return ['k']

    def __getitem__(self, k):
        return k.upper()


d.update(KeysOnly())
print(sorted(d.items()), d.get('zz', 'dflt'), 'a' in d, 'q' in d, d.setdefault('a', 9), d.setdefault('n'))
print(d.pop('a'), d.pop('zz', None), d.popitem(), len(d))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(list(d.keys()), list(d.values()), list(d.items()))
print(type(d.keys()).__name__, ('c', 3) in d.items(), ('c', 4) in d.items(), 3 in d.values(), 99 in d.values())
print(d.keys() & {'c', 'x'}, d.items() | {(1, 2)} >= {(1, 2)}, d == dict(d.d), d == 5)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(isinstance(d.keys(), KeysView), isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))


class Seq(Sequence):
    def __init__(self, *v):
        self.v = list(v)

    def __getitem__(self, i):
        return self.v[i]

    def __len__(self):
        return len(self.v)


s = Seq(5, 6, 7, 6, 5)
print(list(s), list(reversed(s)), 6 in s, 9 in s, s.index(6), s.index(5, 1), s.index(6, -3), s.count(6))
for args in [(9,), (7, 0, 2), (5, 1, -1)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print('ValueError', repr(e))


class MSeq(Seq, MutableSequence):
    def __setitem__(self, i, x):
        self.v[i] = x

    def __delitem__(self, i):
        del self.v[i]

    def insert(self, i, x):
        self.v.insert(i, x)


ms = MSeq(1, 2, 3)
ms.append(4)
ms.extend([5, 6])
ms.extend(ms)
ms += (7,)
print(ms.v, ms.pop(), ms.pop(0))
ms.remove(3)
ms.reverse()
print(ms.v)
ms.clear()
print(ms.v)
for T in (Iterable, Iterator, Hashable, Sized, Container, Callable, Collection, Reversible, Generator,
          Coroutine, Awaitable, AsyncIterable, AsyncIterator, AsyncGenerator, Sequence, MutableSequence,
          Mapping, MutableMapping, Set, MutableSet, ByteString):
    print(T.__name__, T.__module__, [isinstance(x, T) for x in ([], (), {}, set(), frozenset(), 'ab', b'x', bytearray(),
                                                               iter([]), (i for i in ()), len, 3, range(2))])


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
print(isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(agen(), AsyncGenerator), isinstance(gen(), Generator))
c.close()


class Unhashable:
    __hash__ = None


print(isinstance(Unhashable(), Hashable), issubclass(list, Hashable), issubclass(int, Hashable))
print(Callable[[int, str], float], Callable[..., int], Iterable[int], Mapping[str, int])
try:
    Callable[int]
except TypeError as e:
    print('TypeError', e)
try:
    Sized[int]
except TypeError as e:
    print('TypeError', e)
try:
    Seq()
    Sequence()
except TypeError as e:
    print('TypeError', e)
