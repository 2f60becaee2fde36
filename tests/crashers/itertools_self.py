# itertools on self-modifying iterables and re-entrant iterators
# (bpo-34386 tee re-entry, bpo-22501, product/chain/cycle feeding themselves).
import itertools
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

L = [1, 2, 3]
def grow_chain():
    out = []
    for x in itertools.chain(L, [9]):
        if len(L) < 10:
            L.append(x * 10)
        out.append(x)
    return out
attempt("chain over growing list", grow_chain)
L2 = [1, 2]
attempt("product of growing list", lambda: [L2.append(0) or p for p in itertools.product(L2, L2)][:3])
print(len(L2))
L3 = [1, 2, 3]
def cyc():
    out = []
    for x in itertools.cycle(L3):
        out.append(x)
        if len(out) == 4:
            L3.clear()
        if len(out) > 12:
            break
    return out
attempt("cycle cleared", cyc)

class Reenter:
    def __init__(self):
        self.it = None
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        if self.n == 3:
            return next(self.tee_it)
        return self.n
r = Reenter()
a, b = itertools.tee(r)
r.tee_it = a
attempt("tee re-entered", lambda: list(a))
src = iter(range(5))
t1, t2 = itertools.tee(src)
attempt("tee normal", lambda: (list(t1), list(t2)))
attempt("tee of tee", lambda: [list(x) for x in itertools.tee(itertools.tee(range(3))[0], 3)])
attempt("tee n=0", lambda: itertools.tee(range(3), 0))
attempt("tee n<0", lambda: itertools.tee(range(3), -1))
attempt("repeat huge", lambda: next(itertools.repeat(1, 2 ** 100)))
attempt("islice huge", lambda: list(itertools.islice(range(10), 2 ** 63, None)))
attempt("islice neg", lambda: list(itertools.islice(range(10), -1)))
attempt("count huge", lambda: next(itertools.count(2 ** 100)))
attempt("combinations r huge", lambda: list(itertools.combinations(range(3), 2 ** 63)))
attempt("permutations r huge", lambda: list(itertools.permutations(range(3), 100)))
attempt("product repeat negative", lambda: list(itertools.product([1], repeat=-1)))
attempt("accumulate raising", lambda: list(itertools.accumulate([1, "a"])))
def gen_self():
    yield from zip(gs, gs)
gs = gen_self()
attempt("zip of itself", lambda: list(gs))
z = [1, 2, 3]
attempt("zip growing", lambda: list(zip(z, itertools.count()))[:5] if z.extend([4]) is None else None)
it = iter([1, 2, 3])
attempt("groupby outer advance", lambda: [(k, list(g)) for k, g in itertools.groupby("aabbc")])
gb = itertools.groupby("aabbbc")
k1, g1 = next(gb)
next(gb)
attempt("stale group", lambda: list(g1))
