# Generators: yield, send, yield from, return values, close, throw.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'


print(list(count(3)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)


def echo():
    received = yield 'ready'
    while True:
        received = yield 'got %s' % received


e = echo()
print(next(e), e.send(1), e.send('two'))


def delegator():
    result = yield from count(3)
    print('subgen returned', result)
    yield from 'ab'
    return 'outer done'


print(list(delegator()))


def closing():
    try:
        yield 1
        yield 2
    finally:
        print('generator cleanup')


c = closing()
print(next(c))
c.close()


def thrower():
    try:
        yield 1
    except ValueError as err:
        print('caught in gen', err)
        yield 'recovered'


t = thrower()
next(t)
print(t.throw(ValueError('boom')))


def gen_in_loop():
    for x in range(3):
        if x == 1:
            continue
        yield x
    else:
        yield 'else'


print(list(gen_in_loop()))


def gen_with():
    class CM:
        def __enter__(self):
            print('enter')

        def __exit__(self, *a):
            print('exit')
    with CM():
        yield 'inside'


print(list(gen_with()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
print(type(count(1)).__name__, count.__code__.co_flags & 0x20)


def yield_expr_value():
    x = yield
    print('x is', x)
    y = yield x
    return y


g = yield_expr_value()
next(g)
print(g.send(5))
try:
    g.send(6)
except StopIteration as s:
    print('returned', s.value)
lam = lambda: (yield 1)
print(list(lam()))


def gen_try_finally_return():
    try:
        yield 1
        return
    finally:
        print('finally in gen')


print(list(gen_try_finally_return()))
