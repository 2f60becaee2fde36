# OrderedDict mutated during eq/move_to_end/popitem/iteration (bpo-27275, bpo-25410)
from collections import OrderedDict
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class K:
    def __init__(self, od, h, act):
        self.od = od; self.h = h; self.act = act
    def __hash__(self): return self.h
    def __eq__(self, other):
        if self.act: self.act(self.od)
        return self is other
    def __repr__(self): return "K%d" % self.h
od = OrderedDict()
k1 = K(od, 1, None)
od[k1] = 1
od[K(od, 2, None)] = 2
attempt("lookup clearing", lambda: K(od, 1, lambda o: o.clear()) in od)
attempt("len", lambda: len(od))
od = OrderedDict((i, i) for i in range(5))
od = OrderedDict((i, i) for i in range(5))
od = OrderedDict((i, i) for i in range(5))
od = OrderedDict((i, i) for i in range(5))
od = OrderedDict((i, i) for i in range(5))
attempt("move missing", lambda: OrderedDict().move_to_end("x"))
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem first", lambda: OrderedDict(a=1, b=2).popitem(last=False))
class EqClear:
    def __init__(self, od): self.od = od
    def __eq__(self, o):
        self.od.clear(); return True
    def __hash__(self): return 0
a = OrderedDict(); b = OrderedDict()
a["x"] = EqClear(b); b["x"] = EqClear(a)
attempt("od eq clearing", lambda: a == b)
o = OrderedDict()
o["self"] = o
attempt("recursive repr", lambda: repr(o))
class Slow(OrderedDict):
    def __setitem__(self, k, v):
        OrderedDict.__setitem__(self, k, v)
        if len(self) < 20:
            self[str(k) + "x"] = v
attempt("subclass setitem recursion", lambda: list(Slow(a=1).keys())[:3])
od = OrderedDict.fromkeys("abcde")
it = iter(od)
next(it)
del od["c"]
od = OrderedDict.fromkeys("abcde")
it = iter(od.values())
next(it)
od.move_to_end("a")
od = OrderedDict.fromkeys("abc")
attempt("or", lambda: od | {"z": 1})
attempt("ror", lambda: {"z": 1} | od)
attempt("setdefault", lambda: (od.setdefault("q", 9), list(od))[1])
class H:
    def __hash__(self):
        od.clear()
        return 1
