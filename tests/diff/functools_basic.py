import functools
from functools import reduce, partial, partialmethod, wraps, update_wrapper, total_ordering, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3], 0))
for f in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
p = partial(max, 1, key=abs)
print(p, p.func, p.args, p.keywords, p(-5, 3), partial(p, 9)(2), partial(p, 9))
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
q = partial(f, 1, d=5)
print(q(2), q(2, 3, d=7), partial(q, 2).args, partial(q, 2)(), q.keywords)
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)
class P2(partial):
    pass
print(P2(max, 2), P2(max, 2)(7))
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, v):
        self.state = v
    set_on = partialmethod(set_state, True)
    set_off = partialmethod(set_state, False)
c = Cell(); c.set_on(); print(c.state); c.set_off(); print(c.state)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        'inner doc'
        return fn(*a, **k) * 2
    return inner
@deco
def double(x: int) -> int:
    'the doc'
    return x
print(double(4), double.__name__, double.__doc__, double.__annotations__, double.__wrapped__(4), double.__qualname__)
def w(): pass
update_wrapper(w, double); print(w.__name__, w.__wrapped__ is double)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V(1) != V(1))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), sorted([G(3), G(1)], key=lambda g: g)[0].v)
try:
    @total_ordering
    class N: pass
except ValueError as e:
    print('ValueError', e)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), max([4, 9, 2], key=k))
