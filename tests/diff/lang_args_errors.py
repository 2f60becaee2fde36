# Call argument errors: exact CPython messages.
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1, c=2): pass
def fk(*, k): pass
def fv(a, *args): pass
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
cases = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f0(x=1),
    lambda: f1(),
    lambda: f1(1, 2),
    lambda: f1(b=2),
    lambda: f1(1, a=2),
    lambda: f2(),
    lambda: f2(1),
    lambda: f2(b=1),
    lambda: f2(1, 2, 3),
    lambda: f3(),
    lambda: f3(1, 2, 3, 4),
    lambda: f3(1, d=4),
    lambda: fk(1),
    lambda: fk(),
    lambda: fk(k=1, j=2),
    lambda: fv(),
    lambda: fv(1, 2, a=3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.cm(),
    lambda: C.sm(),
    lambda: C().sm(1, 2),
    lambda: f1(**{"a": 1, "b": 2}),
    lambda: f1(*[1], **{"a": 1}),
    lambda: f2(1, **{1: 2}),
    lambda: int("3", base=10, extra=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: isinstance(1),
    lambda: sorted(),
    lambda: "x".join(),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: print(end=1),
    lambda: max(),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, b, *, c, d: 0)(1, 2),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
