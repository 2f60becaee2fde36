# each snippet runs in a fresh namespace
S = r'''
import sys
def g():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it))
try:
    raise KeyError('outer')
except KeyError:
    print(next(it))
    print(sys.exc_info()[0].__name__)
print(next(it))
###
def g():
    yield
    raise ValueError('from gen')
it = g(); next(it)
try:
    try:
        raise KeyError('handling')
    except KeyError:
        next(it)
except ValueError as e:
    print(repr(e.__context__))
###
def g():
    try:
        yield 1
    except KeyError as e:
        print('gen ctx', repr(e.__context__))
        raise
it = g(); next(it)
try:
    try:
        raise TypeError('t')
    except TypeError:
        it.throw(KeyError('k'))
except KeyError as e:
    print(repr(e.__context__))
###
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for x in g():
    print(x)
    break
print('after break')
###
def g():
    for i in range(3):
        try:
            yield i
        finally:
            print('fin', i)
it = g()
print(next(it), next(it))
it.close()
###
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset': i = 0
        else: i += 1
c = counter()
print(next(c), next(c), c.send('reset'), next(c))
###
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
###
def g():
    x = yield from range(3)
    print('range returned', x)
print(list(g()))
###
def g():
    yield 1
it = g()
print(list(it), list(it))
###
def g(): 
    return
    yield
print(list(g()), next(g(), 'default'))
###
gen = (i * i for i in range(4))
print(gen.__name__, gen.__qualname__, 4 in gen, list(gen))
###
def outer():
    return (x + y for x in range(2) for y in range(2))
print(list(outer()))
###
def mk():
    fns = []
    for i in range(3):
        def f(i=i): return i
        fns.append(f)
    return [f() for f in fns]
print(mk())
###
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
###
def f():
    x = 1
    def g():
        return x
    x = 2
    return g
print(f()())
###
def f():
    def g(): return h()
    def h(): return 'h'
    return g()
print(f())
###
def f():
    x = 'a'
    def g():
        nonlocal x
        x += 'b'
        def h():
            nonlocal x
            x += 'c'
        h()
    g()
    return x
print(f())
###
def f():
    v = 1
    class C:
        v = 2
        def m(self): return v
    return C().m()
print(f())
###
x = 'g'
def f():
    class C:
        print(x)
        x = 'c'
        print(x)
    return C
f()
###
def deco(fn):
    fn.tag = 'tagged'
    return fn
class A:
    @deco
    def m(self): pass
print(A.m.tag, A().m.tag)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
