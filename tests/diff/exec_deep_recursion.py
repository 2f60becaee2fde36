# Deep recursion (raised limit) through decorators, methods and keyword calls.
import sys
sys.setrecursionlimit(100000)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def f(n):
    return 0 if n == 0 else f(n - 1) + 1
print(f(20000))
class A:
    def m(self, n):
        return 0 if n == 0 else self.m(n - 1) + 1
print(A().m(30000))
def kw(n, *, step=1):
    return 0 if n <= 0 else kw(n - step, step=step) + 1
print(kw(30000, step=1))
def t(f, *a, **k):
    try: return f(*a, **k)
    except TypeError as e: return str(e)
def g(a, b): return a + b
print(t(g, 1, 2), t(g, 1), t(g, 1, b=2, c=3), t(g, *[1], **{"b": 5}))
