# Keyword-only parameters.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9), f(a=1, b=2))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*args, key, **kw):
    return args, key, kw
print(g(1, 2, key="k", z=1))
try:
    g(1, 2)
except TypeError as e:
    print(e)
def h(*, a, b, c):
    return a + b + c
try:
    h(a=1)
except TypeError as e:
    print(e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
print(h(c=1, b=2, a=3))
def k(x, *, y=lambda: "default"):
    return y()
print(k(0), k(0, y=lambda: "custom"))
try:
    f(1, b=2, d=4)
except TypeError as e:
    print(e)
try:
    f(1, b=2, a=3)
except TypeError as e:
    print(e)
print(f.__kwdefaults__, h.__kwdefaults__)
def m(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(m(1, c=3))
print(m(1, 2, 3, 4, c=5, e=6))
try:
    m()
except TypeError as e:
    print(e)
class C:
    def meth(self, *, flag=False):
        return flag
print(C().meth(), C().meth(flag=True))
try:
    C().meth(True)
except TypeError as e:
    print(e)
