# Argument unpacking and calls with evil iterables and mappings: *args
# from raising/mutating iterators, **kwargs duplicates and non-str keys,
# star-unpacking of huge or self-referencing sequences (bpo-27558,
# bpo-30524 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def f(*a, **k):
    return len(a), sorted(k)
def gen_raise():
    yield 1
    raise LookupError("midway")
attempt("*args raising midway", lambda: f(*gen_raise()))
L = [1, 2, 3]
def gen_mut():
    for x in L:
        if len(L) < 8:
            L.append(x)
        yield x
attempt("*args mutating source", lambda: f(*gen_mut()))
attempt("*args non-iterable", lambda: f(*5))
attempt("**kwargs non-mapping", lambda: f(**[1]))
attempt("**kwargs duplicate", lambda: f(a=1, **{"a": 2}))
attempt("**kwargs two dicts duplicate", lambda: f(**{"x": 1}, **{"x": 2}))
attempt("**kwargs non-str key", lambda: f(**{1: 2}))
attempt("star 100000 args", lambda: f(*range(100000))[0])
attempt("kwargs 10000 keys", lambda: len(f(**{"k%d" % i: i for i in range(10000)})[1]))
attempt("a, *b = huge range", lambda: (lambda t: (t[0], len(t[1])))(exec("a, *b = range(200000)", g := {}) or (g["a"], g["b"])))
attempt("too many values", lambda: exec("a, b = [1, 2, 3]"))
attempt("not enough values", lambda: exec("a, b, c = [1]"))
attempt("unpack non-iterable", lambda: exec("a, b = 5"))
attempt("unpack raising iterator", lambda: exec("a, b = g", {"g": gen_raise()}))
attempt("starred with too few", lambda: exec("a, b, *c, d = [1, 2]"))
class Len:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
attempt("unpack __len__ lies", lambda: exec("a, b = Len()", {"Len": Len}))
attempt("positional only as keyword", lambda: (lambda a, /: a)(a=1))
attempt("keyword only missing", lambda: (lambda *, k: k)())
attempt("too many positional", lambda: (lambda a: a)(1, 2))
attempt("unexpected keyword", lambda: (lambda a: a)(b=1))
attempt("builtin with bad kwargs", lambda: len([], x=1))
attempt("print with bad sep", lambda: print("a", sep=5))
attempt("print with file without write", lambda: print("a", file=5))
attempt("call int", lambda: 5())
attempt("call with 300 nested stars", lambda: f(*[*[*[1]]]))
