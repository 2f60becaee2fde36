# CPYTHON-CRASHES (Lib/test/crashers/recursive_call.py family): with a huge
# recursion limit, CPython 3.11 overflows the C stack (segfault) when the
# recursion goes through C code (here: == of a deeply nested list, a
# __getattr__ chain, sorted() keys and hash of nested tuples); pure-Python
# recursion just eats memory.  Pyclave must raise RecursionError (or
# MemoryError) and go on.
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (RecursionError, MemoryError) as e:
        print(label, "->", type(e).__name__)

sys.setrecursionlimit(10 ** 8)
print("limit", sys.getrecursionlimit())
x = []
for i in range(100000):
    x = [x]
attempt("== deep list", lambda: x == x[0])
class GA:
    def __getattr__(self, name):
        return getattr(self, name)
attempt("__getattr__ chain", lambda: GA().a)
def g(n):
    return sorted([n], key=g)
attempt("sorted key recursion", lambda: g(0))
t = ()
for i in range(100000):
    t = (t,)
attempt("hash deep tuple", lambda: hash(t) is not None)
sys.setrecursionlimit(1000)
print("done", sys.getrecursionlimit())
