# __getattr__ and __getattribute__.
class Fallback:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")
f = Fallback()
print(f.existing, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "dyn_y"), hasattr(f, "other"))
try:
    f.other
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
    def method(self):
        return self.x
lg = Logged()
print(lg.x)
print(lg.method())
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr fallback for " + name
bo = Both()
print(bo.boom, bo.missing)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
class KeyErrorInGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(KeyErrorInGetattr(), "x")
except KeyError as e:
    print("KeyError propagates through hasattr", e)
print(getattr(Fallback(), "missing_attr", "default used"))
class Dunder:
    def __getattr__(self, name):
        return lambda *a: "magic"
d = Dunder()
print(d.anything())
try:
    len(d)
except TypeError as e:
    print("implicit lookup skips __getattr__:", e)
class Cnt:
    n = 0
    def __getattr__(self, name):
        Cnt.n += 1
        raise AttributeError(name)
c = Cnt()
c.real = 1
print(c.real, Cnt.n)
getattr(c, "nope", None)
print(Cnt.n)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
class Mod:
    pass
try:
    Mod().missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
