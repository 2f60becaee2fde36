# CPYTHON-CRASHES (Lib/test/crashers/bogus_code_obj.py family): CPython 3.11
# executes code objects built with code.replace() without checking them, so
# bogus bytecode or out-of-range constant/name indices read wild memory
# (segfault).  Pyclave verifies every code object before it runs: each case
# must be a clean exception (or a successful run where the fields are
# consistent).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "-> ok", r)
    except Exception as e:
        print(label, "->", type(e).__name__)

def f(a, b=2):
    c = a + b
    return c

co = f.__code__
print("fields", co.co_argcount, co.co_nlocals, co.co_name)
attempt("replace name", lambda: co.replace(co_name="g").co_name)
attempt("garbage bytecode", lambda: exec(co.replace(co_code=b"\xff\xff" * 8)))
attempt("truncated bytecode", lambda: exec(co.replace(co_code=co.co_code[:1])))
attempt("empty bytecode", lambda: exec(co.replace(co_code=b"")))
attempt("no consts", lambda: exec(co.replace(co_consts=())))
attempt("no names", lambda: exec(co.replace(co_names=())))
attempt("no varnames", lambda: exec(co.replace(co_varnames=())))
attempt("argcount huge", lambda: exec(co.replace(co_argcount=1000)))
attempt("negative argcount", lambda: co.replace(co_argcount=-1))
attempt("stacksize 0", lambda: exec(co.replace(co_stacksize=0)))
attempt("bad consts type", lambda: co.replace(co_consts=[1]))
attempt("bad names type", lambda: co.replace(co_names=(1, 2)))
attempt("bad flags", lambda: co.replace(co_flags="x"))
attempt("unknown field", lambda: co.replace(co_bogus=1))

def g():
    return x
gc_ = g.__code__
attempt("load_global no names", lambda: exec(gc_.replace(co_names=()), {"x": 1}))
def h():
    def inner():
        return v
    v = 1
    return inner
attempt("cellvars removed", lambda: exec(h.__code__.replace(co_cellvars=())))
attempt("freevars removed", lambda: exec(h().__code__.replace(co_freevars=())))
import types
attempt("FunctionType with bad code", lambda: types.FunctionType(co.replace(co_code=b"\x00" * 3), {})(1))
attempt("code() constructor", lambda: type(types.CodeType()).__name__)
