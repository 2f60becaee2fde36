# repr/str of very deeply nested containers must raise RecursionError, not
# overflow the C stack (bpo-1299 and friends).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, len(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def nest(make, n):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

N = 5000
attempt("list repr", lambda: repr(nest(lambda x: [x], N)))
attempt("tuple repr", lambda: repr(nest(lambda x: (x,), N)))
attempt("dict repr", lambda: repr(nest(lambda x: {1: x}, N)))
attempt("set repr", lambda: repr(nest(lambda x: {frozenset([x]) if x is not None else 1}, 2000)))
attempt("str of list", lambda: str(nest(lambda x: [x], N)))
attempt("format", lambda: "%s" % (nest(lambda x: [x], N),))
attempt("f-string", lambda: f"{nest(lambda x: [x], N)!r}")
attempt("ascii", lambda: ascii(nest(lambda x: [x], N)))
attempt("small nest ok", lambda: repr(nest(lambda x: [x], 50)))
l = []
l.append(l)
d = {}
d[1] = d
print(repr(l), repr(d))
class R:
    def __repr__(self):
        return "R(" + repr(self.inner) + ")"
r = R()
r.inner = [r]
attempt("class repr recursion", lambda: repr(r))
