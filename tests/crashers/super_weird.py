# super() in odd places: outside methods, with a bad first argument, with a
# deleted or replaced __class__ cell, in classmethods and static methods.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("no args at module level", lambda: super())
attempt("super(int, 'x')", lambda: super(int, "x"))
attempt("super(1, 2)", lambda: super(1, 2))
attempt("super(int, int)", lambda: super(int, int).__name__)
attempt("super(str, 'x').upper", lambda: super(str, "x").__class__.__name__)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return super().f() + " via B"
    def g():
        return super().f()
    @staticmethod
    def s():
        return super().f()
    @classmethod
    def c(cls):
        return super().f
    def h(self):
        del self
        return super().f()
    def k(self):
        __class__ = 5
        return __class__
attempt("normal", lambda: B().f())
attempt("no self", lambda: B.g())
attempt("staticmethod", B.s)
attempt("classmethod", lambda: B.c().__name__)
attempt("deleted self", lambda: B().h())
attempt("local __class__", lambda: B().k())
attempt("unbound call wrong type", lambda: B.f(1))
attempt("super repr", lambda: repr(super(B, B())).startswith("<super: <class 'B'>"))
attempt("super of object", lambda: super(object, object()).__repr__.__name__)
attempt("super attribute missing", lambda: super(B, B()).nothing)
attempt("super set attr", lambda: setattr(super(B, B()), "x", 1))
attempt("super getattr __class__", lambda: super(B, B()).__class__.__name__)
attempt("super __get__", lambda: type(super(B).__get__(B(), B)).__name__)
def free():
    return super()
attempt("free function", free)
class C:
    def m(self):
        return (lambda: super())()
attempt("super in lambda in method", lambda: type(C().m()).__name__)
class D:
    def m(self):
        return [super().__class__ for _ in range(1)]
attempt("super in comprehension", lambda: D().m()[0].__name__)
