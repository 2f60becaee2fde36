a = {1, 2, 3}
b = frozenset({3, 4})
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), type(a | b).__name__, type(b | a).__name__, type(b & a).__name__)
print(a <= {1, 2, 3, 4}, a < a, a <= a, a >= {1}, a > {1, 2, 3}, a == frozenset(a), a != b, b.isdisjoint(a))
for op in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]:
    r = getattr(a, op)([2, 3, 9])
    print(op, sorted(r) if isinstance(r, (set, frozenset)) else r)
for op in ["__or__", "__and__", "__sub__", "__xor__", "__le__", "__lt__"]:
    print(op, getattr(a, op)([2]))
try:
    a | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 20}
print(sorted(c))
try:
    c |= [1]
except TypeError as e:
    print(type(e).__name__, e)
c.update([5], (6,), {7: 0}, "8")
print(sorted(c, key=str))
c.intersection_update([5, 6, 7, "8", 99], {5, "8"})
print(sorted(c, key=str))
c.difference_update([5])
c.symmetric_difference_update(["8", "9"])
print(sorted(c, key=str))
s = {1, 2}
s2 = s.copy()
s2.add(3)
print(s, s2, s.pop() in (1, 2), len(s))
s.clear()
print(s, set(), frozenset(), bool(set()), set("aab") == {"a", "b"}, frozenset("ab") in {frozenset("ba")})
fs = frozenset([1, 2])
print(fs.copy() is fs, frozenset(fs) is fs, hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset({1, 2})])
try:
    fs.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.issubset(5)
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
s.discard(5)
s.remove(1)
print(s, {frozenset()} - {frozenset()}, set([{1: 2}.keys()] and [1]))
x = {1, 2, 3}
print(x.union(), x.intersection(), x.difference(), sorted(x.union(*[[4], [5]])), x.intersection([1], [1, 2]))
print({1, 2} == {2, 1}, {1} == [1], {1, 2} & {2.0}, {True} | {1}, {1} | {True}, {0} & {False, 1})
print(sorted({"b", "a"}), sorted(frozenset("hello")), max({1, 5, 3}), sum({1, 2}), len(frozenset(range(100))))
class S(set):
    def __repr__(self): return "S" + super().__repr__()
print(S([1]), type(S([1]) | {2}).__name__, repr(frozenset({1})), repr({(1, 2)}), repr(set([frozenset()])))
print({1, 2}.__contains__(1), frozenset.__contains__(fs, 3), set.__len__({1}), {1}.__eq__(frozenset({1})), {1}.__le__(5))
