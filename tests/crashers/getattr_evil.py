# Attribute machinery abuse: __getattribute__ raising odd things, class
# dict mutated during lookup, descriptors deleting themselves, __dict__
# replaced mid-call (bpo-25273, bpo-40115 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class GA:
    def __getattribute__(self, name):
        raise KeyError(name)
attempt("getattribute raises KeyError", lambda: GA().x)
attempt("hasattr with KeyError", lambda: hasattr(GA(), "x"))
attempt("getattr default with KeyError", lambda: getattr(GA(), "x", 5))
class GA2:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
attempt("getattr fallback", lambda: GA2().y)
class SelfDel:
    def __get__(self, obj, typ):
        del Owner.attr
        return "deleted myself"
class Owner:
    attr = SelfDel()
attempt("descriptor deletes itself", lambda: Owner().attr)
attempt("after deletion", lambda: Owner().attr)
class Mut:
    def __get__(self, obj, typ):
        for i in range(100):
            setattr(Owner2, "x%d" % i, i)
        return "mutated class"
class Owner2:
    a = Mut()
attempt("descriptor mutates class dict", lambda: Owner2().a)
class Eq:
    def __hash__(self):
        return hash("name")
    def __eq__(self, other):
        Owner3.__dict__  # touch
        try:
            del Owner3.name
        except AttributeError:
            pass
        return other == "name"
class Owner3:
    name = 5
attempt("setattr with evil key", lambda: setattr(Owner3, Eq(), 1))
class DictSwap:
    def __init__(self):
        self.a = 1
    def m(self):
        self.__dict__ = {"a": 2}
        return self.a
attempt("swap __dict__ in method", lambda: DictSwap().m())
o = DictSwap()
attempt("__dict__ = non-dict", lambda: setattr(o, "__dict__", []))
attempt("getattr non-str name", lambda: getattr(o, 5))
attempt("setattr non-str name", lambda: setattr(o, 5, 1))
attempt("delattr missing", lambda: delattr(o, "zz"))
class Slots:
    __slots__ = ("a",)
s = Slots()
attempt("unset slot", lambda: s.a)
attempt("del unset slot", lambda: delattr(s, "a"))
attempt("set undeclared", lambda: setattr(s, "b", 1))
attempt("vars of slots", lambda: vars(s))
class Prop:
    @property
    def p(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr " + name
attempt("property AttributeError falls back", lambda: Prop().p)
attempt("object.__getattribute__ on int", lambda: object.__getattribute__(1, "real"))
attempt("object.__setattr__ on int", lambda: object.__setattr__(1, "real", 2))
attempt("type.__setattr__ on builtin", lambda: type.__setattr__(int, "x", 1))
attempt("object.__setattr__(type)", lambda: object.__setattr__(Owner, "x", 1))
