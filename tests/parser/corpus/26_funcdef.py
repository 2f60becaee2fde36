def f():
    pass
def f(a):
    return a
def f(a, b):
    pass
def f(a=1):
    pass
def f(a, b=1, c=2):
    pass
def f(*args):
    pass
def f(**kwargs):
    pass
def f(*, a):
    pass
def f(*, a=1, b):
    pass
def f(a, /):
    pass
def f(a, /, b):
    pass
def f(a=1, /, b=2, *, c=3):
    pass
def f(a, b, /, c, d, *e, f, g=1, **h):
    pass
def f(a: int, b: str = '', *c: int, d: float, **e: dict) -> None:
    pass
def f(*args: *Ts):
    pass
def f() -> 'forward':
    ...
def f(a,): pass
def f(*, a,): pass
def f(a, *, b, **c,): pass
