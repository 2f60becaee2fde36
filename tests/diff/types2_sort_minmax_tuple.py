import functools
class P:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return "%s%s" % (self.k, self.tag)
data = [P(2, "a"), P(1, "b"), P(2, "c"), P(1, "d"), P(3, "e"), P(2, "f")]
print(sorted(data), sorted(data, reverse=True))
print(sorted(data, key=lambda p: -p.k), min(data), max(data))
class G:
    def __init__(self, k): self.k = k
    def __gt__(self, o): return self.k > o.k
    def __repr__(self): return "G%d" % self.k
print(sorted([G(3), G(1), G(2)]))
class N:
    pass
try:
    sorted([N(), N()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1, 2].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    max([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted(["b", "a", "B", "A"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted([3.5, 1, 2.25, -1, True, False]), sorted([[2, 1], [1, 2], [1], []]))
print(sorted([(1, "z"), (1, "a"), (0, "m")]), sorted("hello world"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted([float("nan"), 1, 0]) [1:], max([1, 3, 2], default=0), min((), default="empty"))
print(max("apple", "banana", "cherry", key=len), min([[3], [1, 2]], key=len), max(range(10), key=lambda x: x % 4))
print(max([(1, "b"), (1, "a")]), min([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([0, -0.0]), min([-0.0, 0]))
try:
    max([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, default=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1], [2], key=len, foo=1)
except TypeError as e:
    print(type(e).__name__, e)
l = list(range(20))
l.sort(key=lambda x: x % 3)
print(l)
l.sort(key=lambda x: x % 3, reverse=True)
print(l)
l = [5, 3, 1]
l.sort(reverse=True)
print(l)
l = ["a", "b"]
l.sort(key=None)
print(l)
try:
    l.sort(reverse="x")
except TypeError as e:
    print(type(e).__name__, e)
print(l.sort(reverse=2), l)
class Eq:
    def __init__(self): self.n = 0
    def __eq__(self, o):
        self.n += 1
        return False
e = Eq()
lst = [e, 1, e]
print(e in lst, lst.count(e), lst.index(e), e.n)
nan = float("nan")
print(nan in [nan], [nan].count(nan), [nan].index(nan), (nan,) == (nan,), [nan] == [float("nan")], {nan: 1}.get(nan))
t = (1, [2], "x")
print(t.index([2]), t.count("x"), t[1:], t * 2, t + (None,), len(t), hash((1, "x", 2.5, None, (1,))) == hash((1, "x", 2.5, None, (1,))))
try:
    t[1] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
t[1].append(3)
print(t)
try:
    t += [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
a, *b, c = (1, 2, 3, 4)
print(a, b, c, tuple(reversed(t)), (1, 2) < (1, 2, 3), (2,) > (1, 5), () < (0,), (1, 2) == [1, 2])
