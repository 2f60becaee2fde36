# exec/eval with odd namespaces: mapping locals that raise, globals without
# __builtins__, builtins replaced by non-dicts, globals mutated during the
# lookup (bpo-14385, bpo-32615 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Raising(dict):
    def __getitem__(self, k):
        raise RuntimeError("no " + k)
attempt("locals mapping raising", lambda: eval("x", {}, Raising()))
class Missing:
    def __getitem__(self, k):
        raise KeyError(k)
attempt("locals mapping missing -> global", lambda: eval("len", {}, Missing()))
attempt("exec store into mapping", lambda: (lambda m: (exec("a = 1", {}, m), m)[1])({}))
class NoSet:
    def __getitem__(self, k):
        raise KeyError(k)
attempt("exec store into read-only mapping", lambda: exec("a = 1", {}, NoSet()))
attempt("globals without builtins", lambda: eval("len([1])", {"__builtins__": {}}))
attempt("builtins is int", lambda: eval("len([1])", {"__builtins__": 5}))
attempt("builtins module ok", lambda: eval("len([1])", {"__builtins__": __builtins__}))
attempt("globals not dict", lambda: exec("x = 1", []))
attempt("eval globals subclass", lambda: eval("x", type("D", (dict,), {"__missing__": lambda s, k: 42})()))
class G(dict):
    pass
g = G(x=1)
attempt("dict subclass globals", lambda: eval("x + 1", g))
attempt("exec code string with NUL", lambda: exec("x = 1\0"))
attempt("eval bytes with NUL", lambda: eval(b"1\0"))
attempt("compile bad mode", lambda: compile("1", "f", "bad"))
attempt("compile bad flags", lambda: compile("1", "f", "eval", 2 ** 30))
attempt("eval empty", lambda: eval(""))
attempt("exec returning value", lambda: exec("1"))
attempt("eval statement", lambda: eval("x = 1"))
attempt("eval lambda recursion", lambda: eval("(lambda f: f(f))(lambda f: f(f))"))
d = {}
exec("def f():\n    global q\n    q = 5\nf()", d)
attempt("exec global statement", lambda: d["q"])
attempt("nested exec depth", lambda: exec("exec('exec(\"r = 7\")')", {}))
attempt("locals() modification", lambda: (lambda: (locals().__setitem__("zz", 1), "zz" in locals())[1])())
attempt("vars() no args at module", lambda: type(vars()).__name__)
attempt("dir() in lambda", lambda: dir())
attempt("globals()['__builtins__'] type", lambda: type(globals()["__builtins__"]).__name__)
