# ==, < and hash of very deeply nested containers (recursion in C).
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def nest(make, n):
    x = make(0)
    for _ in range(n):
        x = make(x)
    return x

N = 5000
a = nest(lambda x: [x], N)
b = nest(lambda x: [x], N)
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
ta = nest(lambda x: (x,), N)
tb = nest(lambda x: (x,), N)
attempt("tuple ==", lambda: ta == tb)
attempt("tuple <=", lambda: ta <= tb)
da = nest(lambda x: {"k": x}, N)
db = nest(lambda x: {"k": x}, N)
attempt("dict ==", lambda: da == db)
attempt("in list", lambda: ta in [tb])
attempt("shallow hash", lambda: hash(nest(lambda x: (x,), 100)) == hash(nest(lambda x: (x,), 100)))
attempt("shallow ==", lambda: nest(lambda x: [x], 100) == nest(lambda x: [x], 100))
