from functools import lru_cache, cache, cached_property, singledispatch, singledispatchmethod

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__name__, fib.__wrapped__(1))
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
@cache
def kw(a, b=2):
    calls.append((a, b))
    return a + b
print(kw(1), kw(1), kw(1, b=2), kw(a=1), kw.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        'sum it'
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed, 'total' in d.__dict__, Data.total.__doc__, type(Data.total).__name__)
del d.total; print(d.total, d.computed)
@singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int %d' % x
@show.register(list)
@show.register(tuple)
def _(x):
    return 'seq of %d' % len(x)
@show.register(float | complex)
def _(x):
    return 'number %r' % x
print(show(1), show(True), show([1, 2]), show((1,)), show(2.5), show(1j), show('s'), show(None))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print('TypeError', str(e)[:40])
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default'
    @fmt.register
    def _(self, arg: int):
        return 'int'
    @fmt.register
    def _(self, arg: str):
        return 'str'
print(Fmt().fmt(1), Fmt().fmt('a'), Fmt().fmt(1.5))
