import sys
def t(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, e)
def r1(): return r1()
t('plain', r1)
class A:
    def __getattr__(self, n): return getattr(self, n + 'x')
t('getattr', lambda: A().foo)
class B:
    def __eq__(self, o): return self == o
t('eq', lambda: B() == 1)
class C:
    def __len__(self): return len(self)
t('len', lambda: len(C()))
class D:
    def __str__(self): return str(self)
t('str', lambda: str(D()))
l = []
for i in range(100000): l = [l]
t('repr nested', lambda: repr(l))
class E:
    @property
    def p(self): return self.p
t('property', lambda: E().p)
def gen():
    yield from gen()
t('genrec', lambda: next(gen()))
class F:
    def __init__(self): F()
t('init', F)
t('lambda', (lambda f: lambda: f(f))(lambda f: f(f)))
class G:
    def __iter__(self): return iter(G())
t('iter', lambda: iter(G()))
class H:
    def __hash__(self): return hash(self)
t('hash', lambda: hash(H()))
class I:
    def __bool__(self): return bool(self)
t('bool', lambda: bool(I()))
