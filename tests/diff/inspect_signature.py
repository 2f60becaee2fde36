# inspect.signature / Parameter / Signature / bind / getfullargspec /
# getcallargs on Python callables, with CPython's str() forms and errors.
import inspect
import functools
import re
import typing
from inspect import Parameter, Signature, signature


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except BaseException as e:
        print(label, type(e).__name__, re.sub('0x[0-9a-f]+', 'ADDR', str(e)))


def f1(a, b=2, *args, c, d=4, **kw) -> int:
    pass


def f2(x, y, /, z=3, *, w):
    pass


def f3(p: int, q: 'str' = 'x', *r: float, s: list[int] = None, **t: dict) -> typing.List[int]:
    pass


def f4():
    pass


def f5(*, only):
    pass


def f6(a, /):
    pass


def f7(a=1, /, b=2, *, c):
    pass


class Custom:
    pass


def f8(x: Custom, y: typing.Optional[int] = None, z: typing.Dict[str, int] = {}) -> 'Custom':
    pass


for fn in (f1, f2, f3, f4, f5, f6, f7, f8, lambda: 0, lambda *a, **k: 0):
    sig = signature(fn)
    print(fn.__name__, str(sig), repr(sig).startswith('<Signature ('))
    for p in sig.parameters.values():
        print('   ', repr(p), p.name, p.kind, int(p.kind), p.kind.description,
              p.default is Parameter.empty, p.annotation is Parameter.empty)
    print('   return', sig.return_annotation is Signature.empty, list(sig.parameters))

print(str(Parameter.POSITIONAL_ONLY), repr(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD == 4)
print(Parameter.empty, Signature.empty is inspect._empty)


class A:
    def m(self, x, y=1):
        pass

    @classmethod
    def c(cls, k):
        pass

    @staticmethod
    def s(u, v=0):
        pass

    def __call__(self, q, *, r=0):
        pass


a = A()
print(signature(a.m), signature(A.m), signature(A.c), signature(a.c), signature(A.s), signature(a))


class WithInit:
    def __init__(self, a, b=2):
        pass


class WithNew:
    def __new__(cls, n, *rest):
        return super().__new__(cls)


class Sub(WithInit):
    pass


class Sub2(WithNew):
    def __init__(self, z):
        pass


class Meta(type):
    def __call__(cls, metaarg):
        pass


class WithMeta(metaclass=Meta):
    pass


class Plain:
    pass


for cls in (WithInit, WithNew, Sub, Sub2, WithMeta, Plain):
    t(cls.__name__, lambda: str(signature(cls)))

# partial
p = functools.partial(f1, 1, c=3)
print(signature(p))
print(signature(functools.partial(f2, 1)))
print(signature(functools.partial(f2, 1, 2, 3)))
print(signature(functools.partial(f1, b=5)))
print(signature(functools.partial(functools.partial(f1, 1), 2, 3)))
t('bad-partial', lambda: signature(functools.partial(f4, 1)))


# wrapped and __signature__
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b: int = 3):
    pass


print(signature(wrapped), signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)


def loop():
    pass


loop.__wrapped__ = loop
t('unwrap-loop', lambda: inspect.unwrap(loop))


def has_sig(*a):
    pass


has_sig.__signature__ = Signature([Parameter('zz', Parameter.POSITIONAL_OR_KEYWORD)])
print(signature(has_sig))
has_sig.__signature__ = 'nope'
t('bad-__signature__', lambda: signature(has_sig))
t('not-callable', lambda: signature(42))

# Parameter construction errors
t('kind', lambda: Parameter('a', 9))
t('var-default', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
t('name-type', lambda: Parameter(1, Parameter.POSITIONAL_ONLY))
t('keyword-name', lambda: Parameter('class', Parameter.KEYWORD_ONLY))
t('bad-name', lambda: Parameter('a-b', Parameter.KEYWORD_ONLY))
print(Parameter('class', Parameter.POSITIONAL_ONLY))
P = Parameter('x', Parameter.POSITIONAL_OR_KEYWORD, default=5, annotation=int)
print(P, P.replace(name='y'), P.replace(default=Parameter.empty), P.replace(annotation=Parameter.empty))
print(P == Parameter('x', 1, default=5, annotation=int), P == P.replace(default=6), hash(P) == hash(P.replace()))

# Signature construction errors
PK = Parameter.POSITIONAL_OR_KEYWORD
t('order', lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', PK)]))
t('non-default', lambda: Signature([Parameter('a', PK, default=1), Parameter('b', PK)]))
t('dup', lambda: Signature([Parameter('a', PK), Parameter('a', Parameter.KEYWORD_ONLY)]))
t('posonly-default-then-pk', lambda: str(Signature([Parameter('a', 0, default=1), Parameter('b', PK)])))
s = Signature([Parameter('a', PK)], return_annotation=int)
print(s, s.replace(return_annotation=Signature.empty), s == signature(lambda a: 0), s.replace(parameters=[]))
print(signature(f1) == signature(f1), signature(f1) == signature(f2), hash(signature(f1)) == hash(signature(f1)))

# bind
sig = signature(f1)
ba = sig.bind(1, 2, 3, 4, c=5, z=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, c=5)
print(ba)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
for label, args, kwargs in [
        ('missing', (), {}),
        ('missing-kwonly', (1,), {}),
        ('multiple', (1,), {'a': 2, 'c': 3}),
        ('too-many-f4', (1,), {}),
        ('unexpected', (), {'zz': 1}),
]:
    target = signature(f4) if label.endswith('f4') else sig
    if label == 'unexpected':
        target = signature(f2)
    t('bind-' + label, lambda: target.bind(*args, **kwargs))
sig2 = signature(f2)
t('posonly-kw', lambda: sig2.bind(1, y=2, w=3))
t('posonly-ok', lambda: sig2.bind(1, 2, w=3))
t('too-many', lambda: sig2.bind(1, 2, 3, 4, w=1))
t('kwonly-pos', lambda: signature(f5).bind(1))
t('partial-bind', lambda: sig2.bind_partial(1))
t('partial-bind-kw', lambda: sig2.bind_partial(z=1))
t('partial-unexpected', lambda: sig2.bind_partial(q=1))
t('posonly-to-kwargs', lambda: signature(lambda a, /, **kw: 0).bind(1, a=2))
t('posonly-kw-with-kwargs', lambda: signature(lambda a, /, **kw: 0).bind(a=2))
t('varargs', lambda: signature(lambda *a: 0).bind(1, 2, 3).args)
t('kwargs-only', lambda: signature(lambda **k: 0).bind(x=1).kwargs)
t('gap', lambda: signature(lambda a, b=1, c=2: 0).bind(1, c=3).args)
t('gap-kw', lambda: signature(lambda a, b=1, c=2: 0).bind(1, c=3).kwargs)
print(sig.bind(1, c=2) == sig.bind(1, c=2), sig.bind(1, c=2) == sig.bind(2, c=2))

# getfullargspec
for fn in (f1, f2, f3, f4, f7, a.m, A.c, wrapped):
    print(inspect.getfullargspec(fn))
t('argspec-builtin-class', lambda: inspect.getfullargspec(42))

# getcallargs
print(sorted(inspect.getcallargs(f1, 1, 2, 3, c=4, e=5).items()))
print(sorted(inspect.getcallargs(a.m, 7)))
t('gca-missing', lambda: inspect.getcallargs(f1))
t('gca-missing2', lambda: inspect.getcallargs(lambda a, b, c: 0))
t('gca-missing3', lambda: inspect.getcallargs(lambda a, b, c, d=1: 0, 1))
t('gca-kwonly', lambda: inspect.getcallargs(f1, 1))
t('gca-toomany', lambda: inspect.getcallargs(f4, 1))
t('gca-toomany2', lambda: inspect.getcallargs(lambda a, b=1: 0, 1, 2, 3))
t('gca-toomany3', lambda: inspect.getcallargs(lambda a, *, k: 0, 1, 2, k=3))
t('gca-unexpected', lambda: inspect.getcallargs(f4, x=1))
t('gca-multiple', lambda: inspect.getcallargs(lambda a: 0, 1, a=2))
print(inspect.formatannotation(int), inspect.formatannotation(Custom), inspect.formatannotation(list[int]),
      inspect.formatannotation(typing.List[int]), inspect.formatannotation('x'))
