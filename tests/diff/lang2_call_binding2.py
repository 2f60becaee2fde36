S = r'''
def f(a, b, *args, key=None, **kw):
    return a, b, args, key, kw
print(f(1, 2, 3, 4, key=5, z=6))
print(f(*[1, 2], *[3], **{'key': 4}, **{'y': 5}))
print(f(b=2, a=1))
###
def f(*args): return args
print(f(*range(3), *'ab', *(), *[None]))
###
def f(**kw): return kw
print(f(**{'a': 1}, b=2, **dict(c=3)))
try:
    f(**{'a': 1}, a=2)
except TypeError as e: print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e: print(e)
###
class A:
    def m(self, x): return x
try:
    A.m(x=1)
except TypeError as e: print(e)
try:
    A().m(self=1, x=2)
except TypeError as e: print(e)
###
def f(a, b=2): return a, b
print(f.__code__.co_varnames, f(b=3, a=1))
try:
    f(1, 2, b=3)
except TypeError as e: print(e)
###
def deco(f):
    import functools
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def hello(x, y=2):
    "hello doc"
    return x + y
print(hello(1), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
try:
    hello()
except TypeError as e: print(e)
###
f = lambda x, *y, z=3, **w: (x, y, z, w)
print(f(1, 2, z=4, q=5))
try:
    f()
except TypeError as e: print(e)
###
def f(a, /, b, *, c): pass
for call in ['f(1, 2, 3)', 'f(1, 2)', 'f(a=1, b=2, c=3)', 'f(1, b=2, c=3, d=4)']:
    try:
        eval(call)
        print(call, 'ok')
    except TypeError as e: print(call, e)
###
class C:
    def __init__(self, a, *, b): pass
for call in ['C()', 'C(1)', 'C(1, 2)', 'C(1, b=2, c=3)']:
    try:
        eval(call)
        print(call, 'ok')
    except TypeError as e: print(call, e)
###
class C:
    def __call__(self, a): pass
for call in ['C()()', 'C()(1, 2)', 'C()(b=1)']:
    try:
        eval(call)
    except TypeError as e: print(call, e)
###
class M:
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
for call in ['M.s()', 'M().s(1, 2)', 'M.c()', 'M().c(1, 2)']:
    try:
        eval(call)
    except TypeError as e: print(call, e)
###
def outer():
    def inner(a): pass
    return inner
try:
    outer()()
except TypeError as e: print(e)
###
try:
    (lambda: 0)(x=1)
except TypeError as e: print(e)
###
def g(a, b, c): pass
try:
    g(1, *[2, 3, 4])
except TypeError as e: print(e)
try:
    g(*None)
except TypeError as e: print(e)
try:
    g(**None)
except TypeError as e: print(e)
try:
    g(**[1])
except TypeError as e: print(e)
try:
    g(1, 2, 3, **{1: 2})
except TypeError as e: print(e)
###
print(max(1, 2, key=lambda x: -x), min([3, 4], default=0, key=abs), sorted(key=len, iterable=['aa', 'b']) if False else '')
try:
    sorted(iterable=[1])
except TypeError as e: print(e)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
