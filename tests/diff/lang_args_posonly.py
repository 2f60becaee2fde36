# Positional-only parameters and their errors.
def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, /):
    return a
try:
    h()
except TypeError as e:
    print(e)
try:
    h(1, 2)
except TypeError as e:
    print(e)
def k(a=1, /, b=2):
    return a, b
print(k(), k(5), k(5, 6), k(b=7))
try:
    k(a=3)
except TypeError as e:
    print(e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)
print(divmod(7, 2), pow(2, 5))
try:
    divmod(a=7, b=2)
except TypeError as e:
    print(e)
try:
    len(obj=[1])
except TypeError as e:
    print(e)
try:
    exec("def bad(a=1, /, b): pass")
except SyntaxError as e:
    print(e.msg)
try:
    exec("def bad(/, a): pass")
except SyntaxError as e:
    print(e.msg)
