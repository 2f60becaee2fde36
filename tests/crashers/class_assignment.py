# __class__ assignment between incompatible layouts, __bases__ assignment
# creating cycles, mro() overrides returning garbage (bpo-4600, bpo-24912,
# bpo-22735 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class A:
    pass
class B:
    pass
class S:
    __slots__ = ("x",)
class L(list):
    pass
a = A()
attempt("A -> B", lambda: (setattr(a, "__class__", B), type(a).__name__)[1])
attempt("instance -> slots", lambda: setattr(a, "__class__", S))
attempt("instance -> list subclass", lambda: setattr(a, "__class__", L))
attempt("int -> bool", lambda: setattr(1, "__class__", bool))
attempt("list -> L", lambda: setattr([], "__class__", L))
attempt("object() -> A", lambda: setattr(object(), "__class__", A))
attempt("to non-type", lambda: setattr(a, "__class__", 5))
attempt("delete __class__", lambda: delattr(a, "__class__"))
attempt("module __class__", lambda: setattr(__import__("sys"), "__class__", A))
class C(A):
    pass
attempt("bases cycle", lambda: setattr(A, "__bases__", (C,)))
attempt("bases empty", lambda: setattr(C, "__bases__", ()))
attempt("bases non-class", lambda: setattr(C, "__bases__", (1,)))
attempt("bases int", lambda: setattr(C, "__bases__", (int,)))
attempt("bases ok", lambda: (setattr(C, "__bases__", (B,)), C.__mro__[1].__name__)[1])
class M(type):
    def mro(cls):
        return [1, 2]
attempt("mro returns ints", lambda: M("X", (), {}))
class M2(type):
    def mro(cls):
        return None
attempt("mro returns None", lambda: M2("Y", (), {}))
class M3(type):
    def mro(cls):
        raise KeyError("mro")
attempt("mro raises", lambda: M3("Z", (), {}))
attempt("type name assign", lambda: setattr(A, "__name__", 5))
attempt("type name with NUL", lambda: setattr(A, "__name__", "a\x00b"))
attempt("builtin attr set", lambda: setattr(int, "x", 1))
attempt("builtin attr del", lambda: delattr(list, "append"))
attempt("layout conflict", lambda: type("X", (int, str), {}))
attempt("slots conflict", lambda: type("Y", (S, L), {}))
attempt("dict assign", lambda: setattr(a, "__dict__", 5))
attempt("dict assign ok", lambda: (setattr(a, "__dict__", {"k": 1}), a.k)[1])
class D:
    pass
d = D()
d.__dict__ = {1: 2}
attempt("non-str key in __dict__", lambda: sorted(d.__dict__.items()))
attempt("dir with non-str key", lambda: dir(d))
