import functools
from functools import (total_ordering, cmp_to_key, reduce, partial, partialmethod, lru_cache,
                       singledispatch, singledispatchmethod, cached_property, wraps)
from collections.abc import Sequence, Mapping, Sized, Iterable


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    def __gt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v > o.v


a, b = V(1), V(2)
print(a < b, a <= b, a >= b, b >= a, a <= V(1), V.__lt__.__name__, V.__le__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    total_ordering(type('N', (), {}))
except ValueError as e:
    print('ValueError', e)

words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words, key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5), max([5, 1, 9], key=K))
try:
    K(1) < 1
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda x, y: x * y, range(1, 7)), reduce(lambda x, y: x + y, [], 'init'), reduce(max, [3]))
for bad in [lambda: reduce(lambda x, y: x, []), lambda: reduce(lambda x, y: x, 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

p = partial(int, base=2)
p2 = partial(p, '101')
print(p('11'), p2(), p2.func is int, p2.args, p2.keywords, repr(p2))
p3 = partial(print, 'a', sep='-')
p3('b', sep='+')
q = partial(max, 1)
q.extra = 1
print(partial(q, 2).func is q, partial(q, 2)(), q.extra)
try:
    p.func = str
except AttributeError as e:
    print('AttributeError')
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True, note='on')
    set_dead = partialmethod(set_state, False)

    @classmethod
    def make(cls, n):
        return n * 2

    double = partialmethod(make, 21)


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.double(), Cell.double())
print(repr(Cell.__dict__['set_dead']).startswith('functools.partialmethod(<function Cell.set_state'))

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())


@lru_cache(typed=True)
def ident(x):
    calls.append(('t', x))
    return x


ident(1), ident(1.0), ident(1), ident(True)
print(calls[-3:], ident.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)


@functools.cache
def kw(a, b=0, *, c=0):
    calls.append(('kw', a, b, c))
    return a + b + c


print(kw(1), kw(1, b=0), kw(1, 0), kw(a=1), kw(1, c=2), kw.cache_info().currsize)


@singledispatch
def show(obj):
    return 'object'


@show.register
def _(obj: int):
    return 'int'


@show.register(Sequence)
def _(obj):
    return 'sequence'


@show.register(Mapping)
def _(obj):
    return 'mapping'


@show.register(float | complex)
def _(obj):
    return 'float-or-complex'


print(show(1), show(True), show('s'), show([1]), show({}), show(1.5), show(2j), show(None), show(b'x'))
print(show.dispatch(list).__name__, sorted(k.__name__ for k in show.registry))


class Both(Sized, Iterable):
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


@singledispatch
def amb(o):
    return 'base'


amb.register(Sized, lambda o: 'sized')
amb.register(Iterable, lambda o: 'iterable')


class OnlyDuck:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


print(amb(Both()))
try:
    amb(OnlyDuck())
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('Ambiguous dispatch'))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(3, lambda o: 0)
except TypeError as e:
    print('TypeError', e)


class Fmt:
    @singledispatchmethod
    def f(self, arg):
        return 'default'

    @f.register
    def _(self, arg: int):
        return 'int %d' % arg

    @f.register(list)
    def _(self, arg):
        return 'list %d' % len(arg)


print(Fmt().f('x'), Fmt().f(3), Fmt().f([1, 2]))


class Lazy:
    count = 0

    @cached_property
    def value(self):
        Lazy.count += 1
        return 42


z = Lazy()
print(z.value, z.value, Lazy.count, 'value' in z.__dict__, Lazy.value.attrname, type(Lazy.value).__name__)
del z.value
print(z.value, Lazy.count)


class Slotted:
    __slots__ = ()

    @cached_property
    def v(self):
        return 1


try:
    Slotted().v
except TypeError as e:
    print('TypeError', e)
try:
    class Twice:
        c = cached_property(lambda self: 1)
        d = c
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
def documented(x: int) -> int:
    """Doc."""
    return x


print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(5), documented.__qualname__)
