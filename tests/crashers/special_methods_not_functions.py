# Special methods that are not functions: a class whose __get__, __call__,
# __eq__, __len__... is an instance of the class itself.  CPython calls
# the raw __get__ found on the type (never binding it through its own
# __get__) and reports "'X' object is not callable"; Pyclave bound __get__
# through itself and recursed in C until the stack ended (segfault).
import operator


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def make(name):
    cls = type("X", (), {})
    setattr(cls, name, cls())
    return cls


attempt("__get__", lambda: type("A", (), {"d": make("__get__")()})().d)
attempt("__get__ on class", lambda: type("A", (), {"d": make("__get__")()}).d)
for name, op in [
    ("__getattr__", lambda x: x.foo),
    ("__eq__", lambda x: x == x),
    ("__lt__", lambda x: x < x),
    ("__len__", len),
    ("__hash__", hash),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__str__", str),
    ("__index__", lambda x: [1, 2][x]),
    ("__bool__", bool),
    ("__add__", lambda x: x + 1),
    ("__radd__", lambda x: 1 + x),
    ("__contains__", lambda x: 1 in x),
    ("__getitem__", lambda x: x[0]),
    ("__setitem__", lambda x: operator.setitem(x, 0, 1)),
    ("__format__", lambda x: format(x, "")),
    ("__neg__", lambda x: -x),
    ("__call__", lambda x: x()),
    ("__init__", lambda x: type(x)()),
]:
    cls = make(name)
    attempt(name, lambda: op(cls.__new__(cls)))


# Descriptors whose __get__ is some other callable: called unbound, with
# the descriptor first.
class Recorder:
    def __call__(self, *args):
        return ("called with", len(args))


class D:
    __get__ = Recorder()


class E:
    __get__ = staticmethod(lambda *a: ("static", len(a)))


class F:
    __get__ = print


class A:
    d = D()
    e = E()


attempt("callable instance __get__", lambda: A().d)
attempt("staticmethod __get__", lambda: A().e)
attempt("staticmethod __get__ on class", lambda: A.e)


class G:
    def __get__(self, obj, owner=None):
        return ("plain", obj is None, owner.__name__)


class B:
    g = G()


attempt("plain __get__", lambda: B().g)
attempt("plain __get__ on class", lambda: B.g)
del G.__get__
attempt("__get__ deleted", lambda: type(B().g).__name__)
