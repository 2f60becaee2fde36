# functools with evil arguments: reduce mutating, lru_cache key hashing re-entrance, partial state
import functools
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

lst = list(range(10))
def red(a, b):
    lst.clear()
    return a + b
attempt("reduce clearing", lambda: functools.reduce(red, lst))
attempt("reduce empty", lambda: functools.reduce(lambda a, b: a, []))
attempt("reduce initial", lambda: functools.reduce(lambda a, b: a, [], 7))
attempt("reduce non-iter", lambda: functools.reduce(lambda a, b: a, 5))
attempt("reduce kw", lambda: functools.reduce(function=lambda a, b: a, iterable=[1]))

@functools.lru_cache(maxsize=2)
def f(x):
    return x
class EvilHash:
    def __init__(self, n): self.n = n
    def __hash__(self):
        f.cache_clear()
        return self.n
    def __eq__(self, o):
        f.cache_clear()
        return isinstance(o, EvilHash) and o.n == self.n
attempt("lru evil 1", lambda: f(EvilHash(1)).n)
attempt("lru evil 2", lambda: f(EvilHash(1)).n)
attempt("lru evil 3", lambda: [f(EvilHash(i)).n for i in range(5)])
attempt("lru info", lambda: f.cache_info())

@functools.lru_cache(maxsize=None)
def rec(n):
    if n <= 0: return 0
    return rec(n - 1) + 1
attempt("lru recursive", lambda: rec(200))
attempt("lru deep recursion", lambda: rec(100000))
@functools.lru_cache(maxsize=3)
def reent(n):
    if n > 0:
        reent(n - 1)
        reent.cache_clear()
    return n
attempt("lru reentrant clear", lambda: [reent(i) for i in range(6)])
attempt("lru unhashable", lambda: f([1]))
attempt("lru maxsize neg", lambda: functools.lru_cache(maxsize=-5)(lambda x: x)(1))
attempt("lru maxsize bad", lambda: functools.lru_cache(maxsize="x"))
@functools.lru_cache(maxsize=0)
def z(x): return x
attempt("lru zero", lambda: (z(1), z(1), z.cache_info()))
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
attempt("lru typed", lambda: (t(1), t(1.0), t(True)))
@functools.cache
def ch(x): return x
attempt("cache kwargs", lambda: ch(x=1))

p = functools.partial(functools.partial, functools.partial)
attempt("partial chain", lambda: type(p(print)).__name__)
attempt("partial non-callable", lambda: functools.partial(5))
attempt("partial setstate bad", lambda: functools.partial(print).__setstate__((1, 2, 3, 4)))
attempt("partial setstate bad2", lambda: functools.partial(print).__setstate__((print, 5, None, None)))
pp = functools.partial(max, 1)
attempt("partial setstate ok", lambda: (pp.__setstate__((min, (5, 6), {}, None)), pp())[1])
attempt("partial setstate kw bad", lambda: functools.partial(print).__setstate__((print, (), 5, None)))
deep = print
for i in range(20000):
    deep = functools.partial(deep)
attempt("deep partial call", lambda: deep("ok") is None)
attempt("deep partial repr", lambda: len(repr(deep)) > 0)
class Meth:
    pm = functools.partialmethod(lambda self, x: x, 5)
attempt("partialmethod", lambda: Meth().pm())
attempt("partialmethod bad", lambda: functools.partialmethod(5))
attempt("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: 1 / 0)))
attempt("cmp_to_key non-int", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: "x")))
K = functools.cmp_to_key(lambda a, b: a - b)
attempt("cmp_to_key compare other", lambda: K(1) < 5)
attempt("total_ordering no root", lambda: functools.total_ordering(type("X", (), {})))
@functools.singledispatch
def sd(x): return "base"
@sd.register
def _(x: int): return "int"
attempt("singledispatch", lambda: (sd(1), sd("a"), sd(True)))
attempt("singledispatch no args", lambda: sd())
attempt("wraps", lambda: functools.wraps(5)(lambda: 1).__wrapped__)
attempt("update_wrapper odd", lambda: functools.update_wrapper(lambda: 1, object()).__name__)
