# calls with **mappings whose keys()/__getitem__ mutate, *iterables that mutate, kwargs dicts reused
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

def f(*a, **k):
    return (a, sorted(k.items()))
class M:
    def __init__(self): self.d = {"x": 1, "y": 2}
    def keys(self):
        return list(self.d)
    def __getitem__(self, k):
        self.d.clear()
        return k
attempt("mapping getitem clears", lambda: f(**M()))
class M2:
    def keys(self): return ["a", 1]
    def __getitem__(self, k): return k
attempt("non-str key", lambda: f(**M2()))
class M3:
    def keys(self): return 5
    def __getitem__(self, k): return k
attempt("keys not iterable", lambda: f(**M3()))
class M4:
    def keys(self): raise KeyError("keys")
    def __getitem__(self, k): return k
attempt("keys raising", lambda: f(**M4()))
class M5:
    def keys(self): return ["a", "a"]
    def __getitem__(self, k): return k
attempt("duplicate keys", lambda: f(**M5()))
attempt("dup with explicit", lambda: f(a=1, **{"a": 2}))
attempt("dup two mappings", lambda: f(**{"a": 1}, **{"a": 2}))
attempt("non-mapping", lambda: f(**[1]))
attempt("non-mapping int", lambda: f(**5))
attempt("star non-iterable", lambda: f(*5))
attempt("star generator raising", lambda: f(*(1 / 0 for _ in range(1))))
class KeysGen:
    def keys(self):
        yield "a"
        yield "b"
    def __getitem__(self, k): return k.upper()
attempt("keys generator", lambda: f(**KeysGen()))
class StrSub(str):
    def __hash__(self): return hash(str(self))
    def __eq__(self, o): return str(self) == o
attempt("str subclass key", lambda: f(**{StrSub("q"): 1}))
def g(a, b=2, *, c):
    return (a, b, c)
attempt("missing kwonly", lambda: g(1))
attempt("kw positional-only clash", lambda: (lambda a, /, **k: (a, k))(1, a=2))
attempt("unexpected kw", lambda: g(1, c=2, d=3))
attempt("multiple values", lambda: g(1, a=2, c=3))
attempt("too many positional", lambda: g(1, 2, 3, c=4))
big = {"k%d" % i: i for i in range(5000)}
attempt("big kwargs", lambda: len(f(**big)[1]))
attempt("big star", lambda: len(f(*range(100000))[0]))
class DictSub(dict):
    def keys(self): return ["zz"]
    def __getitem__(self, k): return "sub"
attempt("dict subclass keys override", lambda: f(**DictSub(a=1)))
class IterMut:
    def __init__(self): self.l = [1, 2, 3]
    def __iter__(self):
        for x in self.l:
            self.l.append(x) if len(self.l) < 10 else None
            yield x
attempt("star mutating", lambda: len(f(*IterMut())[0]))
def h(**k):
    k["new"] = 1
    return k
d = {"a": 1}
attempt("kwargs dict is a copy", lambda: (h(**d), d)[1])
attempt("call non-callable", lambda: 5())
attempt("call with bad kwnames", lambda: f(**{1: 2}))
class CallMeta(type):
    def __call__(cls, *a, **k):
        return ("meta", a, sorted(k))
class CM(metaclass=CallMeta):
    pass
attempt("metaclass call", lambda: CM(1, x=2))
class NewInit:
    def __new__(cls, *a, **k):
        return object.__new__(cls)
    def __init__(self, *a, **k):
        self.args = (a, k)
attempt("new init args", lambda: NewInit(1, y=2).args)
attempt("object() args", lambda: object(1))
class OnlyInit:
    def __init__(self): pass
attempt("object.__new__ extra", lambda: OnlyInit(1))
class CallSelf:
    def __call__(self, *a):
        return self(*a) if len(a) < 3 else a
attempt("call recursion ok", lambda: CallSelf()(1))
class CallForever:
    def __call__(self):
        return self()
attempt("call recursion", lambda: CallForever()())
class GetattrCall:
    def __getattr__(self, n):
        return self
    def __call__(self):
        return "called"
attempt("getattr call chain", lambda: GetattrCall().a.b.c())
