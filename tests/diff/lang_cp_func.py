# Functions: arguments, defaults, closures, nonlocal/global, decorators, lambdas.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))


def posonly(a, b, /, c, *, d):
    return a + b + c + d


print(posonly(1, 2, c=3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)


def doc():
    "The docstring."
    return 1


print(doc.__doc__, doc.__name__, doc.__qualname__)


def nodoc():
    x = 'not a docstring'
    return x


print(nodoc.__doc__)


def ann(x: int, *y: str, z: 'q' = 1, **w: float) -> list:
    pass


print(ann.__annotations__)


def outer():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = outer()
inc()
inc()
print(get(), inc.__qualname__)
G = 0


def set_global():
    global G
    G = 42


set_global()
print(G)


def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return (tag, fn(*a, **k))
        return inner
    return wrap


@deco('x')
@deco('y')
def decorated(v):
    return v * 2


print(decorated(5))
sq = lambda x, y=2: x ** y
print(sq(3), sq(2, 3), (lambda: 'noargs')(), sq.__name__, sq.__qualname__)
print((lambda *a, **k: (a, k))(1, 2, x=3))


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]


print([fn(10) for fn in make_adders()])


def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [fn() for fn in fns]


print(late())


def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)


print(rec(10))


def kwdefaults(*, a=1, b):
    return a, b


print(kwdefaults(b=2), kwdefaults.__kwdefaults__, f.__defaults__)


def deep():
    x = 1

    def l1():
        def l2():
            def l3():
                return x
            return l3
        return l2
    return l1()()()


print(deep(), deep.__code__.co_varnames)


def shadow():
    x = 'local'

    def inner():
        return x
    x = 'rebound'
    return inner()


print(shadow())


def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    y = 1


unbound()


def freevar_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1


freevar_unbound()
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_flags & 0x0c)


def gen_args(a, *, b):
    print(a, b)


gen_args(b=1, a=2)
try:
    gen_args(1, 2)
except TypeError as e:
    print(e)


def method_call_forms():
    s = 'a,b'
    print(s.split(','), s.split(sep=','), s.split(*[',']), s.upper())


method_call_forms()
args = [1, 2]
kwargs = {'sep': '-'}
print(*args, **kwargs)
print(*args, 3, *args, sep='|')
print(1, *[], **{}, end='!\n')
