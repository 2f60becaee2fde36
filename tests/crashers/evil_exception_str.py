# Exceptions whose __str__/__repr__ raise or recurse, exception context and
# cause cycles, printed by print() and by the uncaught-exception handler.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__)

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
class BadRepr(Exception):
    def __repr__(self):
        raise RuntimeError("repr failed")
class RecStr(Exception):
    def __str__(self):
        return str(self)
attempt("str(BadStr)", lambda: str(BadStr("x")))
attempt("repr(BadStr)", lambda: repr(BadStr("x")))
attempt("repr(BadRepr)", lambda: repr(BadRepr("x")))
attempt("str(RecStr)", lambda: str(RecStr()))
attempt("args weird", lambda: str(Exception(BadRepr())))
attempt("KeyError of BadRepr", lambda: str(KeyError(BadRepr())))

def cycle():
    try:
        try:
            raise ValueError("a")
        except ValueError as a:
            try:
                raise TypeError("b")
            except TypeError as b:
                a.__context__ = b
                raise
    except Exception as e:
        return e
e = cycle()
attempt("context cycle", lambda: (type(e).__name__, type(e.__context__).__name__, type(e.__context__.__context__).__name__))
x = ValueError("self-cause")
x.__cause__ = x
attempt("self cause", lambda: x.__cause__ is x)
attempt("bad cause", lambda: setattr(x, "__cause__", 5))
attempt("bad context", lambda: setattr(x, "__context__", "s"))
def deep_context(n):
    try:
        if n == 0:
            raise KeyError(0)
        try:
            deep_context(n - 1)
        finally:
            raise IndexError(n)
    except Exception as e:
        raise
def count_chain():
    try:
        deep_context(300)
    except Exception as e:
        n = 0
        while e is not None:
            n += 1
            e = e.__context__
        return n
attempt("long context chain", count_chain)
import traceback
def fmt_cycle():
    a = ValueError("A")
    b = TypeError("B")
    a.__context__ = b
    b.__context__ = a
    return len(traceback.format_exception(a)) > 0
attempt("format_exception with cycle", fmt_cycle)
class E(Exception):
    pass
err = E("uncaught with cycle")
other = KeyError("other")
err.__context__ = other
other.__context__ = err
print("raising now", flush=True)
raise BadStr("final")
