# mro() overrides returning odd things, __bases__ assignment during lookup (loosing_mro_ref.py)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class M(type):
    def mro(cls):
        return [cls, 1, object]
attempt("mro with int", lambda: M("X", (), {}))
class M2(type):
    def mro(cls):
        return (cls,)
attempt("mro without object", lambda: M2("Y", (), {}).__mro__)
class M3(type):
    def mro(cls):
        return [object]

class M4(type):
    def mro(cls):
        raise KeyError("no mro")
attempt("mro raises", lambda: M4("W", (), {}))
class M5(type):
    def mro(cls):
        return 42
attempt("mro not iterable", lambda: M5("V", (), {}))

class Base:
    x = 1
class MyKey(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        Base.__dict__  # touch
        try:
            del Base.x
        except AttributeError:
            pass
        return str.__eq__(self, other)
class Derived(Base):
    pass
# lookup through a weird key in a class dict
class Other:
    pass
Other.__dict__  # noqa
setattr(Derived, MyKey("y"), 5)
attempt("lookup with evil key", lambda: Derived.y)

class A: pass
class B: pass
class C(A): pass
c = C()
attempt("bases swap", lambda: (setattr(C, "__bases__", (B,)), C.__mro__)[1])
attempt("bases empty", lambda: setattr(C, "__bases__", ()))
attempt("bases non-tuple", lambda: setattr(C, "__bases__", [A]))
attempt("bases self", lambda: setattr(C, "__bases__", (C,)))
class D(C): pass
attempt("bases cycle", lambda: setattr(C, "__bases__", (D,)))
attempt("bases int", lambda: setattr(C, "__bases__", (int,)))
attempt("object bases", lambda: setattr(object, "__bases__", (A,)))
attempt("int bases", lambda: setattr(int, "__bases__", (A,)))
attempt("mro attr", lambda: setattr(C, "__mro__", ()))
attempt("name bad", lambda: setattr(C, "__name__", 5))
attempt("name null", lambda: setattr(C, "__name__", "a\0b"))
attempt("qualname bad", lambda: setattr(C, "__qualname__", 5))
attempt("del name", lambda: delattr(C, "__name__"))
attempt("del bases", lambda: delattr(C, "__bases__"))
attempt("dict assign", lambda: setattr(C, "__dict__", {}))

class Meta(type):
    def __getattr__(cls, name):
        return name * 2
    def __instancecheck__(cls, inst):
        raise ValueError("instancecheck")
    def __subclasscheck__(cls, sub):
        return "yes"
class Q(metaclass=Meta): pass
attempt("meta getattr", lambda: Q.hello)
attempt("isinstance raising", lambda: isinstance(1, Q))
attempt("issubclass truthy", lambda: issubclass(int, Q))
attempt("isinstance tuple", lambda: isinstance(1, (int, Q)))
attempt("except Q", lambda: exec("try:\n raise KeyError\nexcept Q:\n pass"))
class Deep: pass
t = Deep
for i in range(100000):
    t = (t,)
attempt("isinstance deep tuple", lambda: isinstance(1, t))
attempt("issubclass deep tuple", lambda: issubclass(int, t))
class BadBases:
    __bases__ = 5
attempt("issubclass bad bases", lambda: issubclass(BadBases(), int))
class WeirdBases:
    @property
    def __bases__(self):
        return (self,)

