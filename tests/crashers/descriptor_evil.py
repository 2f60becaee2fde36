# property/classmethod/staticmethod and user descriptors wrapped in odd
# ways: classmethod of classmethod, property with non-callable fget,
# __get__ returning descriptors, data descriptors deleting their owner's
# dict entries (bpo-19072, bpo-42073 family).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.__name__ if isinstance(r, type) else r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class A:
    @classmethod
    @property
    def cp(cls):
        return "class property of " + cls.__name__
    cc = classmethod(classmethod(lambda cls: cls))
    ss = staticmethod(staticmethod(lambda: "static static"))
    bad_prop = property(5)
    none_prop = property()
attempt("classmethod(property)", lambda: A.cp)
attempt("classmethod(classmethod)", lambda: A.cc())
attempt("staticmethod(staticmethod)", lambda: A.ss())
attempt("property with int fget", lambda: A().bad_prop)
attempt("property without fget", lambda: A().none_prop)
attempt("set property without fset", lambda: setattr(A(), "none_prop", 1))
attempt("del property without fdel", lambda: delattr(A(), "none_prop"))
attempt("classmethod of non-callable", lambda: classmethod(5).__get__(None, A)())
attempt("staticmethod call", lambda: staticmethod(len)([1, 2]))
attempt("property.getter chain", lambda: property().getter(lambda s: 1).setter(None).deleter(None).fget(None))
class Recursive:
    def __get__(self, obj, typ):
        return self.__get__(obj, typ)
class B:
    r = Recursive()
try:
    B().r
except RecursionError:
    print("recursive __get__ -> RecursionError")
class DataDesc:
    def __get__(self, obj, typ):
        return "from descriptor"
    def __set__(self, obj, value):
        obj.__dict__.clear()
        obj.__dict__["d"] = "sneaky"
class C:
    d = DataDesc()
c = C()
c.__dict__["d"] = "instance value"
attempt("data descriptor wins", lambda: c.d)
attempt("set through data descriptor", lambda: (setattr(c, "d", 1), c.__dict__)[1])
class SetOnly:
    def __set__(self, obj, value):
        raise PermissionError("read only")
class D:
    s = SetOnly()
d = D()
attempt("set-only descriptor get", lambda: d.s.__class__.__name__)
attempt("set-only descriptor set", lambda: setattr(d, "s", 1))
attempt("property on class access", lambda: type(C.__dict__["d"]).__name__)
attempt("super().__get__ weird", lambda: super(A, A()).cc())
class GetReturnsDescr:
    def __get__(self, obj, typ):
        return property(lambda s: "inner")
class E:
    g = GetReturnsDescr()
attempt("descriptor returning descriptor", lambda: type(E().g).__name__)
attempt("__set_name__ wrong arity", lambda: type("F", (), {"x": type("N", (), {"__set_name__": lambda self: None})()}))
