# Deleting or replacing builtins and module globals while code that uses
# them runs, globals dicts cleared from inside a function, __builtins__
# swapped (bpo-36579, bpo-24932 family).
import builtins, sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

saved_len = builtins.len
def use_len():
    return len([1, 2])
attempt("before", use_len)
del builtins.len
attempt("len deleted", use_len)
builtins.len = lambda x: "fake len"
attempt("len replaced", use_len)
builtins.len = saved_len
attempt("len restored", use_len)
def clears_globals():
    g = globals()
    saved = dict(g)
    g.clear()
    try:
        return attempt_name_lookup()
    except NameError as e:
        return "NameError " + str(e)
    finally:
        g.update(saved)
attempt("globals cleared during call", clears_globals)
def attempt_name_lookup():
    return "found"
def swap_builtins():
    g = {"__builtins__": {"print": lambda *a: "fake print"}}
    return eval("print(1)", g)
attempt("custom __builtins__ dict", swap_builtins)
attempt("builtins dict without names", lambda: eval("len", {"__builtins__": {}}))
def deleting_self():
    global deleting_self
    del deleting_self
    return "deleted own global"
attempt("function deletes its global name", deleting_self)
attempt("call again", lambda: deleting_self())
class Meta(type):
    pass
saved_type = builtins.type
attempt("shadow type builtin", lambda: (setattr(builtins, "type", lambda x: "shadow"), eval("type(1)"))[1])
builtins.type = saved_type
attempt("type restored", lambda: type(1).__name__)
def modify_module_dict():
    d = sys.modules[__name__].__dict__
    for i in range(1000):
        d["tmp%d" % i] = i
    for i in range(1000):
        del d["tmp%d" % i]
    return "module dict resized"
attempt("module dict resize during call", modify_module_dict)
attempt("del sys.modules entry", lambda: (sys.modules.pop("json", None), __import__("json").__name__)[1])
attempt("import with sys.modules None entry", lambda: (sys.modules.__setitem__("zzmod", None), __import__("zzmod"))[1])
sys.modules.pop("zzmod", None)
attempt("__import__ non-str", lambda: __import__(5))
attempt("__import__ empty", lambda: __import__(""))
attempt("__import__ level huge", lambda: __import__("x", globals(), {}, [], 2 ** 40))
attempt("__import__ negative level", lambda: __import__("x", globals(), {}, [], -1))
