# set/frozenset ops with elements whose __hash__/__eq__ mutate the set (set_ops extension)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

class H:
    def __init__(self, s, h, act):
        self.s = s; self.h = h; self.act = act
    def __hash__(self):
        self.act(self.s)
        return self.h
    def __eq__(self, o):
        return self is o
    def __repr__(self): return "H%d" % self.h
s = set(range(20))
attempt("add clearing in hash", lambda: s.add(H(s, 3, lambda s: s.clear())))
attempt("len", lambda: len(s))
s = set(range(20))
attempt("add growing in hash", lambda: (s.add(H(s, 3, lambda s: s.update(range(100, 200)))), len(s))[1])
s = set(range(20))
attempt("discard clearing", lambda: s.discard(H(s, 3, lambda s: s.clear())))
s = set(range(20))
attempt("remove clearing", lambda: s.remove(H(s, 3, lambda s: s.clear())))
s = set(range(20))
attempt("contains clearing", lambda: H(s, 3, lambda s: s.clear()) in s)
s = set(range(5))
attempt("update self-mutating", lambda: s.update([H(s, i, lambda s: s.pop()) for i in range(3)]))
s = set(range(5))
items = [H(s, i, lambda s: s.add(len(s) + 1000)) for i in range(30)]
attempt("symmetric_difference_update growing", lambda: (s.symmetric_difference_update(items), len(s))[1])
s = set(range(5))
t = {H(s, i, lambda s: s.clear()) for i in range(5)} if False else None
class E:
    def __init__(self, other, h):
        self.other = other; self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o):
        self.other.clear()
        return False
a = set(); b = set()
for i in range(10):
    a.add(E(b, i)); b.add(E(a, i))
attempt("intersection clearing", lambda: len(a & b))
a = set(); b = set()
for i in range(10):
    a.add(E(b, i)); b.add(E(a, i))
attempt("difference clearing", lambda: len(a - b))
a = set(); b = set()
for i in range(10):
    a.add(E(b, i)); b.add(E(a, i))
attempt("issubset clearing", lambda: a <= b)
a = set(); b = set()
for i in range(10):
    a.add(E(b, i)); b.add(E(a, i))
attempt("eq clearing", lambda: a == b)
a = set(); b = set()
for i in range(10):
    a.add(E(b, i)); b.add(E(a, i))
attempt("isdisjoint clearing", lambda: a.isdisjoint(b))
a = set(); b = set()
for i in range(10):
    a.add(E(b, i)); b.add(E(a, i))
attempt("intersection_update clearing", lambda: (a.intersection_update(b), len(a))[1])
a = set(); b = set()
for i in range(10):
    a.add(E(b, i)); b.add(E(a, i))
attempt("difference_update clearing", lambda: (a.difference_update(b), len(a))[1])
s = set(range(10))
it = iter(s)
next(it)
s.add(100)
attempt("iter after add", lambda: list(it))
s = set(range(10))
it = iter(s)
s.pop(); s.add(1000)
attempt("iter same size change", lambda: list(it))
class BadHash:
    def __hash__(self): return 2**200
attempt("huge hash", lambda: len({BadHash(), BadHash()}))
class StrHash:
    def __hash__(self): return "x"
attempt("str hash", lambda: {StrHash()})
class NegHash:
    def __hash__(self): return -1
attempt("hash -1", lambda: hash(NegHash()))
class IntSubHash:
    def __hash__(self):
        class I(int):
            def __hash__(s): return 5
        return I(7)
attempt("int subclass hash", lambda: hash(IntSubHash()))
fs = frozenset(range(5))
attempt("frozenset hash", lambda: hash(fs) == hash(frozenset(range(5))))
attempt("frozenset init again", lambda: (fs.__init__([9]), sorted(fs))[1])
s = {1, 2}
attempt("set init self", lambda: (s.__init__(s), s)[1])
s = {1, 2}
attempt("set ior self", lambda: (s.__ior__(s), s.__ixor__(s), s)[2])
attempt("set repr recursive", lambda: (lambda s: repr(s))({frozenset()}))
