from collections.abc import *
from collections.abc import Hashable, Iterable, Iterator, Generator, Sized, Container, Callable
from collections.abc import Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, Reversible

checks = [Hashable, Iterable, Iterator, Generator, Sized, Container, Callable, Collection,
          Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, Reversible]
def g():
    yield 1
vals = [1, 'ab', [1], (1,), {1: 2}, {1}, frozenset(), iter([]), g(), len, range(3),
        b'x', bytearray(), {}.keys(), {}.items(), {}.values(), None, iter(range(2))]
for v in vals:
    print(type(v).__name__, [c.__name__ for c in checks if isinstance(v, c)])
print(Iterable.__module__, Mapping, issubclass(dict, MutableMapping), issubclass(list, Hashable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoHash:
    __hash__ = None
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(NoHash(), Hashable))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(m.keys() & {'a'}, m.keys() | {'c'} == {'a', 'b', 'c'}, ('a', 1) in m.items(), len(m.values()))
class MySeq(Sequence):
    def __getitem__(self, i): return [1, 2, 3, 2][i]
    def __len__(self): return 4
s = MySeq()
print(list(s), list(reversed(s)), s.index(2), s.count(2), 3 in s, s.index(2, 2))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))
for cls in (Sequence, MutableMapping, Iterator, Set):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
class MyML(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
x = MyML(); x.append(1); x.extend([2, 3]); x += [4]; x.reverse()
print(x.l, x.pop(), x.l, x.remove(3), x.l)
class S(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, v): return v in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, v): self.s.add(v)
    def discard(self, v): self.s.discard(v)
a = S([1, 2, 3]); b = S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a.isdisjoint([9]))
a |= [7]; a -= [1]; print(sorted(a.s), a.pop(), sorted(a.s))
print(Iterable[int], Callable.__name__)
print(Callable[[int], str], Callable[..., int], Callable[[], None], Mapping[str, int], Callable[[int], str] == Callable[[int], str])
import collections
print(collections.abc.Sized.__name__, collections.abc is __import__('collections.abc').abc)
