# tuples: hash values (xxHash), repr, comparisons, slicing, methods, subclasses.
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("->", repr(r))

print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash((-2,)))
print(hash(("a", "b")), hash((1.5, 2.0)), hash(((1, 2), (3, (4, 5)))), hash((True, False, 0, 1)))
print(hash((2**64, -2**70)), hash((10**30,)), hash(("",)), hash((frozenset({1, 2}),)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) != hash((2,)))
show(hash, ([],))
show(hash, (1, {}))
print((), (1,), (1, 2), ((),), ((1,),), ("a", ("b",)), (1, [2, (3,)]))
print(repr((1.0, -0.0, "x")), str(("y",)))
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, -3))
show(t.index, 9)
show(t.index)
show(t.count)
show(t.index, 1, 1, 3)
print(t[1:3], t[::-1], t[::2], t[-2:], t[10:], t[:-10], t[-1], t[0])
show(lambda: t[5])
show(lambda: t[-6])
show(lambda: t["a"])
show(lambda: t[1.0])
print(t + (9,), (9,) + t, t * 2, 2 * t, t * 0, t * -5, () * 10)
show(lambda: t + [1])
show(lambda: [1] + t)
show(lambda: t * 1.5)
show(lambda: t * 2**100)
show(lambda: t - t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print(() < (0,), ((1,),) < ((2,),), (1, (2, 3)) == (1, (2, 3)), (1,) <= (1,), (1,) >= (2,))
show(lambda: (1,) < ("a",))
show(lambda: (1,) < [1])
print((1,) == [1], 1 in t, 9 in t, 9 not in t, len(t), len(()))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x * x for x in range(4)))
show(tuple, 1)
show(tuple, [1], [2])
show(lambda: tuple(x=1))
a = (1, 2)
print(tuple(a) is a, a[:] is a, a[0:2] is a, (a * 1) is a, (a + ()) is a)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "P(%r, %r)" % self
p = P(3, 4)
print(p, p.x, p[1], len(p), p + (5,), type(p + (5,)).__name__, p == (3, 4), hash(p) == hash((3, 4)))
print(isinstance(p, tuple), list(p), p[::-1], type(p[:]).__name__)
class T(tuple):
    pass
q = T([1, 2])
q.attr = "has dict"
print(q, q.attr, type(q).__name__, q.count(1), tuple(q), tuple(q) == q)
print(T(), T(range(3)), repr(T("ab")))
x, y, *rest = (1, 2, 3, 4)
print(x, y, rest)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)), min([(0, 9), (0, 1)]))
print((1, 2).__getitem__(0), (1, 2).__len__(), (1, 2).__contains__(2), tuple.__add__((1,), (2,)))
print((1, 2, 3).__getnewargs__())
it = iter((7, 8))
print(next(it), next(it), next(it, "done"))
