# Argument binding: CPython 3.11 error messages.
def t(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

def f(a, b, /, c, *, d): pass
t(lambda: f(1, 2, 3, 4, d=1))
t(lambda: f(1, 2, 3, 4))
t(lambda: f(a=1, b=2, c=3, d=4))
t(lambda: f(1, 2, 3))
t(lambda: f(1))
t(lambda: f(1, 2, c=3, d=4, e=5))
t(lambda: f(1, 2, 3, c=3, d=4))

def g(a, b, c, d=1): pass
t(lambda: g())
t(lambda: g(1))
t(lambda: g(1, 2, 3, 4, 5, e=3))
t(lambda: g(1, 2, 3, 4, 5))
t(lambda: g(**{1: 2}))
t(lambda: g(1, 2, 3, a=1))

def h(): pass
t(lambda: h(1))
t(lambda: h(1, 2))
t(lambda: h(1, x=2))
t(lambda: h(x=2))

def k(*, a, b): pass
t(lambda: k(1))
t(lambda: k())
t(lambda: k(a=1))

def one(a): pass
t(lambda: one())
t(lambda: one(1, 2))

class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def cm(cls, x): pass
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
t(lambda: C.s())
t(lambda: C.cm())
t(lambda: C().m(1, x=2))

def many(a, b, c, d, e): pass
t(lambda: many())
t(lambda: many(1, 2))

def po(a, b=2, /, **kw):
    print(a, b, kw)
po(1, a=5, b=6)
po(1, 2, c=3)

def va(a, *args, b=10, **kw):
    print(a, args, b, kw)
va(1)
va(1, 2, 3)
va(1, 2, b=3, c=4)
va(*[1, 2], **{"b": 5, "z": 6})
t(lambda: va())
t(lambda: va(1, **{"a": 2}))
t(lambda: va(1, *5))
t(lambda: va(1, **5))
t(lambda: va(1, **{"b": 1}, **{"b": 2}))

def defaults(a, b=[], *, c={}):
    b.append(a)
    return b, c
print(defaults(1), defaults(2))
print(defaults.__defaults__, defaults.__kwdefaults__)
defaults.__defaults__ = ([],)
print(defaults(3))
