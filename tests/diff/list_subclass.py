# Subclasses of the built-in containers: construction, keyword errors,
# overridden methods seen by built-in operations, isinstance, reprs.
class L(list): pass
class T(tuple): pass
class F(frozenset): pass
class S(set): pass
class D(dict): pass
class L2(list):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
for f in [lambda: L(x=1), lambda: T(x=1), lambda: F(x=1), lambda: S(x=1), lambda: D(x=1), lambda: L2([1], x=2).k]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
print(L("ab"), T("ab"), F("a"), S("b"), D(a=1), type(L() + L()).__name__, type(T() + T()).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return "Stack" + list.__repr__(self)
s = Stack().push(1).push(2)
print(s, s.pop(), s, len(s), s == [1], isinstance(s, list), issubclass(Stack, list))
class Sorted(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def append(self, x):
        super().append(x)
        self.sort()
z = Sorted([3, 1, 2])
z.append(0)
print(z, z[0], z[1:], list(reversed(z)))
class CountingDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.sets = 0
    def __setitem__(self, k, v):
        self.sets += 1
        super().__setitem__(k, v)
cd = CountingDict({"a": 1}, b=2)
cd["c"] = 3
cd.update(d=4)
print(cd, cd.sets, dict(cd), cd.copy(), type(cd.copy()).__name__, type(cd | {}).__name__)
class KeyList(dict):
    def __iter__(self):
        return iter(["x"])
kl = KeyList(x=1, y=2)
print(list(kl), dict(kl), {**kl} if hasattr(kl, "keys") else None, sorted(kl.keys()))
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return "Point(x=%r, y=%r)" % (self.x, self.y)
p = Point(1, 2)
print(p, p.x + p.y, p == (1, 2), hash(p) == hash((1, 2)), sorted([Point(2, 0), Point(1, 5)]), p * 2, {p: "pt"})
class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
fs = FS(3, 1, 2)
print(fs, len(fs), 2 in fs, fs | {9}, type(fs | {9}).__name__, hash(fs) == hash(frozenset({1, 2, 3})))
class MySet(set):
    def add(self, x):
        super().add(x * 10)
ms = MySet([1, 2])
ms.add(3)
print(ms, ms | {1}, type(ms.copy()).__name__, ms.issuperset({10}), ms - {10})
class R(list):
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R([1, 2]))), list(reversed(L([1, 2]))))
class Eq(list):
    def __eq__(self, other):
        return True
print(Eq([1]) == [2], [2] == Eq([1]), Eq() != [5], [Eq()] == [[9]])
print(isinstance(L(), list), isinstance(T(), tuple), isinstance(D(), dict), isinstance(S(), set), isinstance(F(), frozenset))
print(list.__new__(L) == [], type(list.__new__(L)).__name__, tuple.__new__(T, [1]), dict.__new__(D) == {})
