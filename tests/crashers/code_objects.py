# Code, function and cell objects manipulated from Python: __code__
# replacement with mismatched free variables, bad defaults, empty cells,
# co_* inspection of nested code (bpo-33038, bpo-36456 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
def plain():
    return 2
attempt("set __code__ with freevars on plain", lambda: setattr(plain, "__code__", inner.__code__))
attempt("set __code__ without freevars on closure", lambda: setattr(inner, "__code__", plain.__code__))
attempt("set __code__ to non-code", lambda: setattr(plain, "__code__", 5))
attempt("set __defaults__ to list", lambda: setattr(plain, "__defaults__", [1]))
attempt("set __kwdefaults__ to list", lambda: setattr(plain, "__kwdefaults__", [1]))
attempt("set __closure__", lambda: setattr(inner, "__closure__", None))
attempt("set __globals__", lambda: setattr(plain, "__globals__", {}))
attempt("set __name__ int", lambda: setattr(plain, "__name__", 1))
attempt("set __qualname__ None", lambda: setattr(plain, "__qualname__", None))
attempt("cell contents", lambda: inner.__closure__[0].cell_contents)
import types
c = types.CellType()
attempt("empty cell contents", lambda: c.cell_contents)
attempt("set cell", lambda: (setattr(c, "cell_contents", 5), c.cell_contents)[1])
attempt("del cell", lambda: (delattr(c, "cell_contents"), repr(c).startswith("<cell"))[1])
def later():
    def f():
        return y
    g = f
    del_me = f
    y = 3
    return f
attempt("closure before binding", lambda: later()())
def unbound():
    def f():
        return z
    r = f
    if False:
        z = 1
    return r
attempt("free var never bound", lambda: unbound()())
def defaults(a, b=[]):
    b.append(a)
    return len(b)
attempt("mutable default", lambda: (defaults(1), defaults(2)))
defaults.__defaults__ = ()
attempt("defaults removed", lambda: defaults(1))
def kwonly(*, k):
    return k
kwonly.__kwdefaults__ = {"k": 9}
attempt("kwdefaults added", kwonly)
kwonly.__kwdefaults__ = None
attempt("kwdefaults removed", kwonly)
co = outer.__code__
attempt("co_consts has code", lambda: any(isinstance(k, types.CodeType) for k in co.co_consts))
attempt("co_varnames", lambda: co.co_varnames)
attempt("co_freevars of inner", lambda: inner.__code__.co_freevars)
attempt("exec code with freevars", lambda: exec(inner.__code__))
attempt("eval code with freevars", lambda: eval(inner.__code__, {}))
attempt("FunctionType closure wrong len", lambda: types.FunctionType(inner.__code__, {}, "f", None, ()))
attempt("FunctionType closure non-cell", lambda: types.FunctionType(inner.__code__, {}, "f", None, (1,)))
attempt("FunctionType ok", lambda: types.FunctionType(inner.__code__, {}, "f", None, (types.CellType(7),))())
attempt("FunctionType bad globals", lambda: types.FunctionType(plain.__code__, 5))
