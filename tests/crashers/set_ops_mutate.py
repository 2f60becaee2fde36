# Set algebra and updates where the other operand mutates the set, or
# elements whose __hash__/__eq__ mutate it (bpo-8425, bpo-26915 family).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", sorted(r, key=repr) if isinstance(r, (set, frozenset)) else r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

s = set(range(5))
def g():
    for i in range(3):
        s.add(100 + i)
        yield i
attempt("update from generator mutating", lambda: s.update(g()))
s = set(range(5))
attempt("difference_update generator", lambda: s.difference_update(x for x in list(s) if s.discard(x) is None))
s = set(range(5))
attempt("|= with itself", lambda: s.__ior__(s))
attempt("-= with itself", lambda: s.__isub__(s))
s = set(range(5))
attempt("^= with itself", lambda: s.__ixor__(s))
s = set(range(5))
attempt("&= with itself", lambda: s.__iand__(s))
class H:
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim
    def __hash__(self):
        self.victim.clear()
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return "H(%d)" % self.v
victim = set(range(20))
attempt("add with hash clearing", lambda: (victim.add(H(1, victim)), len(victim))[1])
victim = set(range(20))
attempt("intersection with hash clearing", lambda: victim & {H(2, victim)})
victim = set(range(20))
attempt("symmetric_difference hash clearing", lambda: len(victim ^ {H(3, victim)}))
victim = set(range(20))
attempt("issubset hash clearing", lambda: {H(3, victim)} <= victim)
victim = set(range(20))
attempt("frozenset of hash clearing", lambda: len(frozenset([H(i, victim) for i in range(3)])))
attempt("set of unhashable", lambda: {[]})
attempt("frozenset hash", lambda: hash(frozenset()) == hash(frozenset([])))
attempt("set.pop empty", lambda: set().pop())
attempt("remove unhashable", lambda: {1}.remove([]))
attempt("discard set (converted)", lambda: {frozenset([1])}.discard({1}))
attempt("contains set in set", lambda: {1} in {frozenset([1])})
s = set()
s.add(s.__class__)
attempt("isdisjoint with generator mutating", lambda: s.isdisjoint(s.add(x) or x for x in range(3)))
