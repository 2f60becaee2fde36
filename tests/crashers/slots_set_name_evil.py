# __slots__ weirdness, __init_subclass__/__set_name__ evil, type() with weird dicts
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

attempt("slots int", lambda: type("A", (), {"__slots__": 5}))
attempt("slots bad name", lambda: type("A", (), {"__slots__": ["1x"]}))
attempt("slots dup", lambda: type("A", (), {"__slots__": ["a", "a"]}))
attempt("slots dict twice", lambda: type("A", (), {"__slots__": ["__dict__", "__dict__"]}))
attempt("slots conflict", lambda: type("A", (), {"__slots__": ["x"], "x": 1}))
attempt("slots on int subclass", lambda: type("A", (int,), {"__slots__": ["x"]}))
attempt("slots on tuple subclass", lambda: type("A", (tuple,), {"__slots__": ["x"]}))
attempt("slots str", lambda: type("A", (), {"__slots__": "abc"})().__class__.__slots__)
attempt("slots dict", lambda: sorted(type("A", (), {"__slots__": {"a": "doc", "b": None}}).__slots__))
class S:
    __slots__ = ("a", "b")
s = S()
attempt("unset slot", lambda: s.a)
attempt("del unset slot", lambda: delattr(s, "a"))
attempt("set other", lambda: setattr(s, "c", 1))
attempt("dict", lambda: s.__dict__)
class S2(S):
    __slots__ = ("c",)
class T:
    __slots__ = ("x",)
attempt("class assign incompatible", lambda: setattr(S2(), "__class__", T))
attempt("class assign compatible", lambda: type(setattr(s, "__class__", type("S3", (S,), {"__slots__": ()})) or s).__name__)
attempt("multiple bases layout", lambda: type("M", (S, T), {}))
class Desc:
    pass
sd = S.__dict__["a"]
attempt("slot descr on other", lambda: sd.__get__(T()))
attempt("slot descr set other", lambda: sd.__set__(5, 1))
attempt("slot descr del other", lambda: sd.__delete__("x"))


class SN:
    def __set_name__(self, owner, name):
        raise KeyError("set_name " + name)
attempt("set_name raises", lambda: type("A", (), {"x": SN()}))
class SN2:
    def __set_name__(self, owner, name):
        for k in list(owner.__dict__):
            if not k.startswith("__"):
                try:
                    delattr(owner, k)
                except Exception:
                    pass
        owner.extra = 5
attempt("set_name deletes", lambda: sorted(k for k in type("A", (), {"x": SN2(), "y": SN2(), "z": 3}).__dict__ if not k.startswith("__")))
class SN3:
    __set_name__ = 5
attempt("set_name not callable", lambda: type("A", (), {"x": SN3()}))
class Base:
    def __init_subclass__(cls, **kw):
        raise ValueError("no subclass %s" % sorted(kw))
attempt("init_subclass raises", lambda: type("A", (Base,), {}))
attempt("init_subclass kw", lambda: exec("class A(Base, x=1): pass", {"Base": Base}))
class Base2:
    def __init_subclass__(cls):
        cls.__bases__ = (object,)
attempt("init_subclass changes bases", lambda: type("A", (Base2,), {}).__mro__)
attempt("object init_subclass kw", lambda: exec("class A(x=1): pass"))
class NotDict:
    pass
attempt("type bad dict", lambda: type("A", (), NotDict()))
attempt("type bad bases", lambda: type("A", 5, {}))
attempt("type bases non-type", lambda: type("A", (5,), {}))
attempt("type name non-str", lambda: type(5, (), {}))
attempt("type name nul", lambda: type("a\0b", (), {}).__name__)
attempt("type 2 args", lambda: type("A", ()))
attempt("type qualname bad", lambda: type("A", (), {"__qualname__": 5}))
attempt("type bool base", lambda: type("A", (bool,), {}))
attempt("type dict subclass ns", lambda: type("A", (), type("D", (dict,), {"__getitem__": lambda s, k: 1/0})(a=1)).a)
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
attempt("prepare returns int", lambda: exec("class A(metaclass=Prep): x = 1", {"Prep": Prep}))
class Prep2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        raise KeyError("prep")
attempt("prepare raises", lambda: exec("class A(metaclass=Prep2): pass", {"Prep2": Prep2}))
class NewRet(type):
    def __new__(mcs, name, bases, ns):
        return 42
attempt("metaclass new returns int", lambda: exec("class A(metaclass=NewRet): pass\nr = A", g := {"NewRet": NewRet}) or g["r"])
attempt("metaclass is func", lambda: exec("class A(metaclass=lambda *a: 7): pass\nr = A", g := {}) or g["r"])
attempt("metaclass conflict", lambda: type("X", (type("M1", (type,), {})("A", (), {}), type("M2", (type,), {})("B", (), {})), {}))
attempt("classcell wrong", lambda: exec("class A:\n  __classcell__ = 5\n"))
attempt("dict key non-str", lambda: type("A", (), {1: 2}).__dict__[1])
attempt("instance dict non-str key", lambda: (lambda o: (o.__dict__.__setitem__(1, 2), vars(o))[1])(type("A", (), {})()))
