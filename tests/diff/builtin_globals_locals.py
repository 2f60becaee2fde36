# globals() and locals().
x = 10
g = globals()
print(g["x"], "g" in g, g["__name__"], type(g).__name__)
g["injected"] = "via globals"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def modify_locals():
    v = 1
    locals()["v"] = 99
    return v
print(modify_locals())
class K:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
print(K.q)
print(locals() is globals())
def nested():
    outer_v = "o"
    def inner():
        return sorted(locals())
    def inner2():
        return outer_v, sorted(locals())
    return inner(), inner2()
print(nested())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
print(globals()["__builtins__"] is not None)
