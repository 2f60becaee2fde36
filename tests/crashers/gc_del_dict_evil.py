# gc_inspection, mutation_inside_cyclegc, underlying_dict, decref_before_assignment ideas
import gc, sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

# gc.get_referrers / get_referents on odd things, during building a tuple
def g():
    marker = object()
    yield 1
attempt("is_tracked", lambda: (gc.is_tracked(1), gc.is_tracked([])))
attempt("collect gen bad", lambda: gc.collect(5))
attempt("collect ok", lambda: gc.collect() >= 0)
attempt("set_threshold", lambda: gc.set_threshold(0, 0, 0))
attempt("set_threshold none", lambda: gc.set_threshold())
attempt("set_threshold many", lambda: gc.set_threshold(1, 2, 3, 4))
attempt("set_threshold huge", lambda: gc.set_threshold(2**40))
attempt("is_tracked no args", lambda: gc.is_tracked())
attempt("collect bad type", lambda: gc.collect("x"))
attempt("collect neg", lambda: gc.collect(-1))
attempt("collect kw", lambda: gc.collect(generation=1) >= 0)
attempt("get_threshold", lambda: gc.get_threshold())
gc.set_threshold(700, 10, 10)
attempt("disable/enable", lambda: (gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled()))
attempt("freeze", lambda: (gc.freeze(), gc.unfreeze(), gc.get_freeze_count()))
attempt("callbacks type", lambda: type(gc.callbacks).__name__)
calls = []
def cb(phase, info):
    calls.append(phase)
    gc.callbacks.clear()
    x = [[] for _ in range(100)]
gc.callbacks.append(cb)
attempt("collect with mutating callback", lambda: gc.collect() >= 0)
gc.callbacks.clear()

# mutation_inside_cyclegc: __del__ that mutates a dict involved in a cycle
class Del:
    def __init__(self, d): self.d = d
    def __del__(self):
        self.d.clear()
        self.d.update((i, [i]) for i in range(50))
for round_ in range(3):
    d = {}
    for i in range(30):
        o = Del(d)
        o.self = o
        d[i] = o
    d = None
    gc.collect()
print("cyclegc survived")

# __del__ resurrecting into a global list
saved = []
class Res:
    def __del__(self):
        saved.append(self)
for i in range(20):
    r = Res(); r.cyc = r
del r
gc.collect()
print("resurrected", len(saved) > 0 or True)
saved.clear()
gc.collect()

# underlying_dict: write into a function's globals dict through odd paths
def fn():
    return gv
gv = 1
attempt("globals read", fn)
fn.__globals__.clear() if False else None
ns = {"__builtins__": __builtins__}
exec("def h():\n  return q", ns)
h = ns["h"]
attempt("globals missing", h)
ns["q"] = 5
attempt("globals added", h)
ns.clear()
attempt("globals cleared", h)
class D(dict):
    def __missing__(self, k): return "missing:" + k
attempt("exec dict subclass globals", lambda: exec("r = zz", D()))
attempt("eval dict subclass locals", lambda: eval("zz", {}, D()))
mp = type.__dict__["__dict__"].__get__(int)
attempt("mappingproxy setitem", lambda: mp.__setitem__("x", 1))
attempt("mappingproxy or", lambda: type(mp | {}).__name__)
MP = type(mp)
attempt("mappingproxy new", lambda: MP({"a": 1})["a"])
attempt("mappingproxy new bad", lambda: MP([1]))
attempt("mappingproxy of list", lambda: MP(5))
# decref_before_assignment: attribute assignment whose old value's __del__ changes the attribute
class Old:
    def __del__(self):
        holder.x = "replaced by del"
class Holder: pass
holder = Holder()
holder.x = Old()
holder.x = "new"
gc.collect()
attempt("holder.x", lambda: holder.x in ("new", "replaced by del"))
# setattr of __dict__
class A: pass
a = A()
a.x = 1
attempt("set __dict__", lambda: (setattr(a, "__dict__", {"y": 2}), a.y)[1])
attempt("set __dict__ bad", lambda: setattr(a, "__dict__", 5))
attempt("del __dict__", lambda: (delattr(a, "__dict__"), vars(a))[1])
class DictSub(dict):
    def __getitem__(self, k): return "sub"
a = A()
attempt("instance dict subclass", lambda: (setattr(a, "__dict__", DictSub(z=1)), a.z)[1])
attempt("garbage", lambda: gc.garbage)
