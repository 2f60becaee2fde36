# Metaclass __prepare__ returning odd mappings, class bodies that mutate
# their namespace, __init_subclass__/__set_name__/__class_getitem__ abuse
# (bpo-32162, bpo-40105 family).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.__name__ if isinstance(r, type) else r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class PrepNone(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None
attempt("__prepare__ returns None", lambda: PrepNone("A", (), {}) and exec("class A(metaclass=PrepNone): pass"))
class PrepList(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return []
attempt("__prepare__ returns list", lambda: exec("class B(metaclass=PrepList): x = 1", {"PrepList": PrepList}))
class RaisingNS(dict):
    def __setitem__(self, k, v):
        if k == "boom":
            raise KeyError("no boom")
        super().__setitem__(k, v)
class PrepRaise(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return RaisingNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
attempt("namespace __setitem__ raises", lambda: exec("class C(metaclass=PrepRaise):\n    boom = 1", {"PrepRaise": PrepRaise}))
class Logging(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)
class PrepLog(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logging()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
g = {"PrepLog": PrepLog}
attempt("namespace __getitem__ magic", lambda: (exec("class D(metaclass=PrepLog):\n    y = magic", g), g["D"].y)[1])
attempt("bases not tuple", lambda: type("E", [object], {}))
attempt("bases contains non-type", lambda: type("E", (1,), {}))
attempt("dict not dict", lambda: type("E", (), []))
attempt("name not str", lambda: type(5, (), {}))
attempt("type() 2 args", lambda: type("E", ()))
attempt("duplicate base", lambda: type("E", (int, int), {}))
attempt("MRO conflict", lambda: type("E", (type("X", (), {}), type("Y", (type("X", (), {}),), {})), {}) and "ok")
class A: pass
class B(A): pass
attempt("inconsistent MRO", lambda: type("E", (A, B), {}))
attempt("__slots__ string", lambda: type("E", (), {"__slots__": "abc"})().__slots__)
attempt("__slots__ duplicate", lambda: type("E", (), {"__slots__": ("a", "a")}))
attempt("__slots__ conflicts with class var", lambda: type("E", (), {"__slots__": ("a",), "a": 1}))
attempt("__slots__ non-identifier", lambda: type("E", (), {"__slots__": ("1a",)}))
attempt("__slots__ __dict__ twice", lambda: type("E", (), {"__slots__": ("__dict__", "__dict__")}))
attempt("__slots__ on int subclass", lambda: type("E", (int,), {"__slots__": ("a",)}))
class SN:
    def __set_name__(self, owner, name):
        owner.extra = name
attempt("__set_name__ adds attribute", lambda: type("E", (), {"d": SN()}).extra)
class SNDel:
    def __set_name__(self, owner, name):
        delattr(owner, name)
attempt("__set_name__ deletes itself", lambda: hasattr(type("E", (), {"d": SNDel(), "e": SNDel()}), "d"))
class ISub:
    def __init_subclass__(cls, **kw):
        raise TypeError("kw %s" % sorted(kw))
attempt("__init_subclass__ kwargs", lambda: type("E", (ISub,), {}, x=1))
attempt("class keyword to object", lambda: type("E", (), {}, y=2))
class CG:
    def __class_getitem__(cls, item):
        return cls[item]
attempt("__class_getitem__ recursion", lambda: CG[int] and "no")
