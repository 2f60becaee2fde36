# itertools re-entrancy: tee/groupby/chain/product/zip_longest/cycle/accumulate driven from inside (bpo-34410, bpo-30347)
import itertools
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

# tee re-entered from its own source
def src():
    for i in range(5):
        if i == 2:
            next(t1)
        yield i
t1, t2 = itertools.tee(src())
attempt("tee reentrant", lambda: list(t1))
attempt("tee other", lambda: list(t2))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            return next(ta)
        if self.i > 6: raise StopIteration
        return self.i
ta, tb = itertools.tee(It())
attempt("tee reentrant next", lambda: list(ta))
attempt("tee of tee", lambda: list(itertools.tee(itertools.tee(range(3))[0], 3)[2]))
attempt("tee n negative", lambda: itertools.tee([], -1))
attempt("tee copy", lambda: list(itertools.tee(range(3))[0].__copy__()))
# groupby: key function advancing the groupby itself
def keyf(x):
    try:
        next(g)
    except (ValueError, StopIteration, RuntimeError) as e:
        pass
    return x // 2
g = itertools.groupby(range(10), keyf)
g2 = itertools.groupby(range(6), lambda x: x // 3)
k1, grp1 = next(g2)
k2, grp2 = next(g2)
attempt("stale group", lambda: list(grp1))
attempt("live group", lambda: list(grp2))
class EqRaise:
    def __eq__(self, o): raise KeyError("eq")
attempt("groupby eq raises", lambda: list(itertools.groupby([EqRaise(), EqRaise()])))
# chain from_iterable with mutating outer list
outer = [[1], [2]]
def extend_outer():
    for x in outer:
        if len(outer) < 50: outer.append([len(outer)])
        yield x
attempt("chain growing", lambda: len(list(itertools.chain.from_iterable(extend_outer()))))
# product with huge repeat
attempt("product huge repeat", lambda: itertools.product([1, 2], repeat=2**62))
attempt("product neg repeat", lambda: itertools.product([1], repeat=-1))
attempt("product empty repeat", lambda: list(itertools.product(repeat=0)))
attempt("product repeat mid", lambda: len(list(itertools.product(range(2), repeat=12))))
attempt("permutations huge r", lambda: list(itertools.permutations(range(3), 10**20)))
attempt("cwr huge", lambda: next(itertools.combinations_with_replacement(range(3), 2**40)))
attempt("cwr empty", lambda: list(itertools.combinations_with_replacement([], 2)))
attempt("repeat huge", lambda: list(itertools.islice(itertools.repeat(1, 2**70), 3)))
attempt("repeat len", lambda: itertools.repeat(1, 5).__length_hint__())
attempt("repeat neg", lambda: list(itertools.repeat(1, -5)))
attempt("islice huge", lambda: list(itertools.islice(range(10), 2**70, None)))
attempt("islice neg", lambda: itertools.islice(range(10), -1))
attempt("islice step 0", lambda: itertools.islice(range(10), 0, 5, 0))
attempt("count huge", lambda: list(itertools.islice(itertools.count(2**100, 2**99), 3)))
attempt("count float", lambda: list(itertools.islice(itertools.count(0.5, 0.25), 3)))
attempt("count repr", lambda: repr(itertools.count(2**64)))
# zip_longest where an iterator raises after others exhausted
def boom():
    yield 1
    raise ValueError("boom")
attempt("zip_longest raise", lambda: list(itertools.zip_longest([1, 2, 3], boom())))
lst = [1, 2, 3]
def mut():
    for x in range(5):
        lst.clear()
        yield x
attempt("zip_longest mut", lambda: list(itertools.zip_longest(lst, mut())))
c = itertools.cycle([])
attempt("cycle empty", lambda: list(c))
cl = [1, 2]
cyc = itertools.cycle(cl)
attempt("cycle mutate", lambda: [next(cyc) for _ in range(3)] + [cl.append(3), cl.clear()] + [next(cyc) for _ in range(4)])
attempt("accumulate raising", lambda: list(itertools.accumulate([1, "a", 2])))
attempt("accumulate initial", lambda: list(itertools.accumulate([], initial=5)))
ac = []
def adder(a, b):
    ac.append(list(it))
    return a + b
it = itertools.accumulate(range(4), adder)
attempt("pairwise reentrant", lambda: (lambda p: list(p))(itertools.pairwise(range(5))))
def pw_src():
    yield 1
    yield next(pw)
    yield 3
pw = itertools.pairwise(pw_src())
attempt("compress", lambda: list(itertools.compress(range(5), [1, 0, 1])))
attempt("dropwhile raise", lambda: list(itertools.dropwhile(lambda x: 1 / 0, [1])))
attempt("filterfalse None", lambda: list(itertools.filterfalse(None, [0, 1, 2, ""])))
attempt("batched missing", lambda: hasattr(itertools, "batched"))
