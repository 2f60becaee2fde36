# Exceptions raised from every kind of special method must propagate cleanly
# (no half-built objects, no lost exceptions).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Boom(Exception):
    pass

def boom(*a, **k):
    raise Boom("from special method")

names = ["__hash__", "__eq__", "__lt__", "__len__", "__iter__", "__next__",
         "__repr__", "__str__", "__bool__", "__index__", "__getitem__",
         "__setitem__", "__delitem__", "__contains__", "__int__", "__float__",
         "__add__", "__radd__", "__neg__", "__format__", "__call__",
         "__enter__", "__getattr__", "__reversed__", "__length_hint__",
         "__complex__", "__round__", "__abs__", "__invert__", "__bytes__"]
ns = {n: boom for n in names}
E = type("E", (), ns)
e = E()
ops = [
    ("hash", lambda: hash(e)),
    ("eq", lambda: e == 1),
    ("lt", lambda: e < 1),
    ("sorted", lambda: sorted([E(), E()])),
    ("len", lambda: len(e)),
    ("iter", lambda: iter(e)),
    ("list", lambda: list(e)),
    ("repr", lambda: repr(e)),
    ("str", lambda: str(e)),
    ("print", lambda: print(e)),
    ("bool", lambda: bool(e)),
    ("if", lambda: 1 if e else 2),
    ("index", lambda: [1, 2][e]),
    ("slice", lambda: [1, 2][e:]),
    ("getitem", lambda: e[0]),
    ("setitem", lambda: e.__class__.__setitem__(e, 0, 1)),
    ("del item", lambda: e.__class__.__delitem__(e, 0)),
    ("in", lambda: 1 in e),
    ("int", lambda: int(e)),
    ("float", lambda: float(e)),
    ("add", lambda: e + 1),
    ("radd", lambda: 1 + e),
    ("neg", lambda: -e),
    ("format", lambda: format(e, "x")),
    ("f-string", lambda: f"{e}"),
    ("call", lambda: e()),
    ("with", lambda: exec("with e: pass", {"e": e})),
    ("getattr", lambda: e.missing),
    ("reversed", lambda: reversed(e)),
    ("complex", lambda: complex(e)),
    ("round", lambda: round(e)),
    ("abs", lambda: abs(e)),
    ("invert", lambda: ~e),
    ("bytes", lambda: bytes(e)),
    ("dict key", lambda: {e: 1}),
    ("set add", lambda: {e}),
    ("range", lambda: range(e)),
    ("hex", lambda: hex(e)),
    ("str.join", lambda: ",".join(e)),
    ("max", lambda: max([E(), E()])),
    ("enumerate", lambda: list(enumerate(e))),
    ("zip", lambda: list(zip(e, e))),
    ("divmod", lambda: divmod(e, 1)),
    ("isinstance", lambda: isinstance(e, E)),
    ("hasattr", lambda: hasattr(e, "zzz")),
    ("unpack", lambda: exec("a, b = e", {"e": e})),
    ("star call", lambda: print(*e)),
    ("dict(e)", lambda: dict(e)),
    ("bytes join", lambda: b"".join([e])),
]
for label, fn in ops:
    attempt(label, fn)

class Init:
    def __init__(self):
        raise Boom("init")
attempt("init", Init)
class New:
    def __new__(cls):
        raise Boom("new")
attempt("new", New)
class Meta(type):
    def __call__(cls, *a):
        raise Boom("metacall")
class WithMeta(metaclass=Meta):
    pass
attempt("metaclass call", WithMeta)
class Sub:
    def __init_subclass__(cls):
        raise Boom("init_subclass")
attempt("init_subclass", lambda: type("S2", (Sub,), {}))
class Desc:
    def __get__(self, obj, typ):
        raise Boom("descriptor get")
    def __set_name__(self, owner, name):
        pass
class HasDesc:
    d = Desc()
attempt("descriptor", lambda: HasDesc().d)
class BadSetName:
    def __set_name__(self, owner, name):
        raise Boom("set_name")
attempt("set_name", lambda: type("X", (), {"a": BadSetName()}))
