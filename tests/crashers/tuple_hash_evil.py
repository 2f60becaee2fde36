# Tuples, frozensets and other hashable containers holding objects whose
# __hash__ or __eq__ misbehave, used as dict keys (tuplehash recursion,
# bpo-34751 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class HashRaise:
    def __hash__(self):
        raise ValueError("no hash")
attempt("tuple with raising hash", lambda: hash((1, HashRaise())))
attempt("dict key with raising hash", lambda: {(1, HashRaise()): 1})
attempt("frozenset with raising hash", lambda: frozenset([HashRaise()]))
attempt("tuple with list", lambda: hash((1, [2])))
attempt("nested tuple with list", lambda: hash(((((1, [2]),),),)))
class Counting:
    n = 0
    def __hash__(self):
        Counting.n += 1
        return 1
t = (Counting(), Counting())
d = {t: 1}
attempt("hash called per element", lambda: Counting.n)
attempt("tuple hash stable", lambda: hash((1, 2, 3)) == hash((1, 2, 3)))
attempt("tuple hash of -1 element", lambda: hash((-1,)) != hash((-2,)))
attempt("hash -1 int", lambda: hash(-1))
class EqMut:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.d.clear()
        return True
d = {}
d[(EqMut(d),)] = 1
attempt("tuple key with mutating eq", lambda: d.get((EqMut(d),)))
attempt("deep tuple hash 10000", lambda: type(hash(eval("(" * 90 + "1," + ")," * 89 + ")"))).__name__)
t = ()
for i in range(20000):
    t = (t, i)
attempt("deep tuple hash 20000", lambda: type(hash(t)).__name__)
f = frozenset()
for i in range(1000):
    f = frozenset([f, i])
attempt("nested frozenset hash", lambda: type(hash(f)).__name__)
attempt("slice hash", lambda: hash(slice(1, 2)))
attempt("range hash equal", lambda: hash(range(0)) == hash(range(1, 1)))
attempt("bytes vs str key", lambda: len({b"a": 1, "a": 2}))
attempt("1 vs 1.0 vs True key", lambda: {1: "a", 1.0: "b", True: "c"})
attempt("nan keys", lambda: len({float("nan"): 1, float("nan"): 2}))
