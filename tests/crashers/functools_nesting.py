# functools.partial / lru_cache / reduce / wraps with deep nesting,
# self-reference and evil keys (bpo-39778, bpo-35780 family).
import functools
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if not isinstance(r, str) or len(r) < 60 else ("str", len(r)))
    except RecursionError:
        print(label, "-> RecursionError")
    except Exception as e:
        print(label, "->", type(e).__name__, e)

p = functools.partial(lambda *a: len(a))
for i in range(3000):
    p = functools.partial(p, i)
attempt("call 3000 nested partials", lambda: p())
q = functools.partial(print)
for i in range(3000):
    q = functools.partial(q)
attempt("repr nested partial", lambda: type(repr(q)).__name__)
attempt("partial of non-callable", lambda: functools.partial(5))
class EvilKey:
    def __hash__(self):
        cached.cache_clear()
        return 1
    def __eq__(self, other):
        return True
@functools.lru_cache(maxsize=2)
def cached(x):
    return "value"
attempt("lru_cache hash clears cache", lambda: (cached(EvilKey()), cached(EvilKey()), cached.cache_info().currsize))
@functools.lru_cache(maxsize=None)
def selfcall(n):
    return selfcall(n) if n else 0
attempt("lru_cache self recursion", lambda: selfcall(1))
attempt("lru_cache unhashable", lambda: cached([1]))
attempt("lru_cache maxsize negative", lambda: functools.lru_cache(maxsize=-5)(len)("ab"))
attempt("reduce empty", lambda: functools.reduce(lambda a, b: a, []))
attempt("reduce raising", lambda: functools.reduce(lambda a, b: 1 / 0, [1, 2]))
L = [1, 2, 3]
attempt("reduce mutating input", lambda: functools.reduce(lambda a, b: (L.append(b) if len(L) < 20 else None) or a + b, L))
attempt("cmp_to_key raising", lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: 1 / 0)))
attempt("cmp_to_key non-int", lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: "x")))
attempt("total_ordering no root", lambda: functools.total_ordering(type("X", (), {})))
attempt("singledispatch unregistered", lambda: functools.singledispatch(lambda x: "base")(1))
attempt("wraps on builtin", lambda: functools.wraps(len)(lambda: 1).__name__)
attempt("cached_property no dict", lambda: type("S", (), {"__slots__": (), "p": functools.cached_property(lambda s: 1)})().p)
