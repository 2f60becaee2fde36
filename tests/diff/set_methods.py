# set and frozenset methods, operators, comparisons and their errors.
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print("->", repr(r))

s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(1)
s.discard(99)
s.remove(4)
print(s, len(s), 2 in s, 9 in s, 9 not in s)
show(s.remove, 99)
show(s.remove, (1, 2))
show(s.add, [1])
show(s.add, {1})
show(s.discard, [])
show(lambda: [] in s)
show(lambda: {1} in s)
print(frozenset({2}) in {frozenset({2})}, {2} in {frozenset({2})})
t = {frozenset({1})}
t.discard({1})
print(t)
t.add(frozenset({5}))
t.remove({5})
print(t)
show(t.remove, {7})
show(set().pop)
p = {5}
print(p.pop(), p)
show(set, 1)
show(set, [1], [2])
show(lambda: set(x=1))
show(frozenset, 1)
show(lambda: frozenset(x=1))
show(set, [[1]])
show(hash, {1})
show(lambda: {1} | [2])
show(lambda: [2] | {1})
show(lambda: {1} & "a")
show(lambda: {1} - (1,))
show(lambda: {1} ^ None)
show(lambda: {1} + {2})
show(lambda: {1} < [1])
show(set.union)
show(s.union, 5)
show(s.issubset, 5)
show(s.isdisjoint, 5)
show(s.update, [1], 5)
print(set(), frozenset(), {1}, frozenset({1}), set("a"), repr(frozenset("ab") - frozenset("ab")))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), F([3]), S(), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type({2} | S([1])).__name__)
print(type(S([1]).copy()).__name__, type(F([1]).copy()).__name__, type(frozenset([1]).copy()).__name__)
fz = frozenset([1, 2])
print(fz.copy() is fz, frozenset(fz) is fz, F(fz) is fz, set(fz) == fz, fz == {1, 2}, {1, 2} == fz)
r = set()
r.add(frozenset([1]))
print(r, {frozenset(): 1})
a, b = {1, 2, 3}, {3, 4}
print(a <= b, a < b, a >= b, a > b, a == b, a != b, {1} < {1, 2}, {1, 2} > {2}, {1} <= {1}, {1} < {1})
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.issuperset([9]), a.isdisjoint([4, 5]), a.isdisjoint(b), a.isdisjoint(a))
print(set().issubset(set()), a.issubset(a), a.issuperset(range(1, 4)), frozenset([1]) == {1}, hash(frozenset([1])) == hash(frozenset({1})))
print(a.union(), a.intersection(), a.difference(), a.union(b, [9], "x") == a | b | {9, "x"}, a.intersection(b, [3]), a.difference(b, [1]))
c = set(a)
print(c.intersection_update([2, 3], (3,)), c, c.difference_update(), c, c.update(), c.symmetric_difference_update([3, 5]), c)
print(a.copy() == a, a.copy() is a, set.copy(a) == a, set(a) is a)
c.clear()
print(c, len(c), bool(c), bool({0}))
x = {1, 2}
x -= x
print(x)
x = {1, 2}
x ^= x
print(x)
x = {1, 2}
x &= x
print(x)
x = {1, 2}
x |= x
print(x)
x = {1, 2}
x.symmetric_difference_update(x)
x.update(x)
print(x)
it = iter({1, 2, 3})
next(it)
s2 = {1, 2, 3}
it = iter(s2)
next(it)
s2.add(9)
show(next, it)
show(next, it)
s3 = {1, 2, 3}
it = iter(s3)
s3.discard(1)
s3.add(10)
print(sorted(it))
print(sorted({1, 2, 3}, reverse=True), max({4, 9, 2}), min(frozenset("zay")), sum({1, 2, 3}), len(set(range(1000))))
print({x % 3 for x in range(10)}, {c for c in "mississippi"} == set("misp"))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return "H%d" % self.v
hs = {H(i) for i in range(7)}
print(len(hs), H(4) in hs, H(8) in hs, sorted(hs, key=lambda h: h.v))
hs.discard(H(3))
print(len(hs), H(3) in hs)
print(set.__contains__({1}, 1), {1}.__len__(), frozenset.__or__(frozenset([1]), {2}))
print({1}.__reduce__()[0] is set, type(iter(set())).__name__)
