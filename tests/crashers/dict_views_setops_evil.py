# dict views and their set operations with keys that mutate the dict (bpo-40889, bpo-38588)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

class K:
    def __init__(self, d, h, act=None):
        self.d = d; self.h = h; self.act = act
    def __hash__(self): return self.h
    def __eq__(self, o):
        if self.act: self.act(self.d)
        return isinstance(o, K) and o.h == self.h
    def __repr__(self): return "K%d" % self.h
d1 = {}; d2 = {}
for i in range(8):
    d1[K(d2, i, lambda d: d.clear())] = i
    d2[K(d1, i, lambda d: d.clear())] = i
attempt("keys and", lambda: len(d1.keys() & d2.keys()))
d1 = {K(None, i): i for i in range(8)}
d2 = {K(None, i): i for i in range(8)}
for k in d1: k.d = d2; k.act = lambda d: d.clear()
for k in d2: k.d = d1; k.act = lambda d: d.clear()
attempt("keys xor", lambda: len(d1.keys() ^ d2.keys()))
d1 = {K(None, i): i for i in range(8)}
for k in d1: k.d = d1; k.act = lambda d: d.clear()
attempt("keys sub list", lambda: d1.keys() - [K(None, i) for i in range(8)])
d1 = {K(None, i): i for i in range(8)}
for k in d1: k.d = d1; k.act = lambda d: d.__setitem__(len(d) + 100, 0) if len(d) < 50 else None
attempt("keys or", lambda: len(d1.keys() | {K(None, i) for i in range(8)}))
d1 = {K(None, i): [i] for i in range(8)}
d2 = {K(None, i): [i] for i in range(8)}
for k in d1: k.d = d1; k.act = lambda d: d.clear()
attempt("items and", lambda: len(d1.items() & d2.items()))
class V:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.clear()
        return True
    __hash__ = None
d1 = {}
d1[1] = V(d1)
attempt("items contains clearing", lambda: (1, V({})) in d1.items())
d1 = {i: V(None) for i in range(5)}
d2 = {i: V(None) for i in range(5)}
for v in d1.values(): v.d = d2
attempt("dict eq clearing via values", lambda: d1 == d2)
attempt("keys isdisjoint", lambda: {1: 2}.keys().isdisjoint(x for x in [1]))
d = {1: 1, 2: 2}
def gen():
    d.clear()
    yield 1
attempt("isdisjoint clearing gen", lambda: d.keys().isdisjoint(gen()))
d = {i: i for i in range(10)}
ks = d.keys()
attempt("view len after clear", lambda: (d.clear(), len(ks), list(ks))[1:])
d = {i: i for i in range(10)}
it = iter(d.items())
next(it)
d.clear()
attempt("items iter after clear", lambda: list(it))
d = {i: i for i in range(10)}
it = reversed(d.values())
next(it)
d[99] = 1
attempt("reversed values after add", lambda: list(it))
d = {i: i for i in range(3)}
it = reversed(d)
del d[0]; d[0] = 0
attempt("reversed after del/readd", lambda: list(it))
attempt("view mapping", lambda: dict(d.keys().mapping))
attempt("view richcompare", lambda: ({1: 2}.keys() == {1}, {1: 2}.items() <= {(1, 2), 3}, {1: 2}.keys() < [1]))
attempt("values compare", lambda: {1: 2}.values() == {1: 2}.values())
attempt("items unhashable", lambda: {1: []}.items() & {(1, [])})
attempt("items contains bad", lambda: ([1] in {1: 2}.items(), (1,) in {1: 2}.items()))
attempt("keys sub self", lambda: (lambda d: d.keys() - d.keys())({1: 1}))
attempt("keys repr recursive", lambda: (lambda d: (d.__setitem__(1, d.keys()), repr(d))[1])({}))
attempt("items repr recursive", lambda: (lambda d: (d.__setitem__(1, d.items()), repr(d))[1])({}))
