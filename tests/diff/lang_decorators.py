# Function decorators: simple, stacked, with arguments, preserving attributes.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2)
add(2, b=5)
print(add.__name__, add.__wrapped__(1, 1))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
order = []
def mark(tag):
    order.append("make " + tag)
    def deco(fn):
        order.append("apply " + tag)
        return fn
    return deco
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def one():
    return 1
@register(REG)
def two():
    return 2
print(sorted(REG), REG["two"]())
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
@lambda fn: fn.__name__.upper()
def shout():
    pass
print(shout)
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
sub(5, 3)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def deco_cls(cls):
    cls.added = "yes"
    return cls
@deco_cls
class K:
    pass
print(K.added)
class Meth:
    @staticmethod
    @trace
    def s(x):
        return x * 2
print(Meth.s(4))
