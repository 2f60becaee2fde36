# sys.setrecursionlimit with odd values, recursion right at the limit,
# and handlers that recurse again while a RecursionError propagates
# (Lib/test/crashers/trace_at_recursion_limit.py family).
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("limit 0", lambda: sys.setrecursionlimit(0))
attempt("limit -1", lambda: sys.setrecursionlimit(-1))
attempt("limit float", lambda: sys.setrecursionlimit(1.5))
attempt("limit huge", lambda: sys.setrecursionlimit(2 ** 31))
attempt("limit 2**100", lambda: sys.setrecursionlimit(2 ** 100))
def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n
def set_below_depth():
    def inner(k):
        if k == 0:
            return sys.setrecursionlimit(5)
        return inner(k - 1)
    return inner(20)
def rec(n):
    return rec(n + 1)
def catch_and_recurse():
    try:
        rec(0)
    except RecursionError:
        try:
            rec(0)
        except RecursionError:
            return "second RecursionError caught"
attempt("recurse in handler", catch_and_recurse)
def recurse_in_finally(n):
    try:
        return recurse_in_finally(n + 1)
    finally:
        if n % 100 == 0:
            len([])
attempt("recursion with finally", lambda: recurse_in_finally(0))
def recurse_in_except(n):
    try:
        return recurse_in_except(n + 1)
    except RecursionError:
        if n > 900:
            raise
        return "handled at %s" % ("deep" if n > 500 else "shallow")
attempt("recursion handled in except", lambda: recurse_in_except(0))
sys.setrecursionlimit(100)
attempt("low limit repr", lambda: len(repr([[[[[[[[[[1]]]]]]]]]])))
def deep(n):
    return deep(n + 1) if n < 50 else "ok at 50"
attempt("low limit 50 deep", lambda: deep(0))
attempt("low limit 200 deep", lambda: (lambda f: f(f, 0))(lambda f, n: f(f, n + 1) if n < 200 else n))
sys.setrecursionlimit(1000)
class R:
    def __repr__(self):
        return "R" + repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion ->", type(e).__name__)
print("limit restored", sys.getrecursionlimit())
