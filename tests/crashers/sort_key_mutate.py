# sorted/min/max/list.sort with keys and comparisons that mutate the list or raise (bpo-28499 family)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

lst = list(range(20))
def k_clear(x):
    lst.clear()
    return x
attempt("sort key clears", lambda: lst.sort(key=k_clear))
attempt("after", lambda: lst)
lst = list(range(20))
def k_append(x):
    lst.append(x)
    return -x
attempt("sort key appends", lambda: lst.sort(key=k_append))
attempt("after", lambda: len(lst))
class C:
    def __init__(self, v, l): self.v = v; self.l = l
    def __lt__(self, o):
        self.l.append(C(0, self.l))
        return self.v < o.v
    def __repr__(self): return "C%d" % self.v
lst = []
lst.extend(C(i, lst) for i in range(30, 0, -1))
attempt("sort lt appends", lambda: lst.sort())
attempt("after", lambda: len(lst))
class D:
    def __init__(self, v, l): self.v = v; self.l = l
    def __lt__(self, o):
        del self.l[:]
        self.l.extend([1, 2, 3])
        return self.v < o.v
lst = []
lst.extend(D(i, lst) for i in range(30, 0, -1))
attempt("sort lt replaces", lambda: lst.sort())
attempt("after", lambda: [type(x).__name__ for x in lst][:5])
class R:
    n = 0
    def __lt__(self, o):
        R.n += 1
        if R.n == 40:
            raise KeyError("stop")
        return id(self) < id(o)
lst = [R() for _ in range(100)]
before = list(lst)
attempt("sort raising mid", lambda: lst.sort())
attempt("permutation kept", lambda: sorted(map(id, lst)) == sorted(map(id, before)))
attempt("sorted non-bool lt", lambda: sorted([type("X", (), {"__lt__": lambda s, o: [1]})() for _ in range(3)]) and "ok")
attempt("sort reverse key", lambda: sorted(range(10), key=lambda x: x % 3, reverse=True))
attempt("sort key kw only", lambda: sorted([1], lambda x: x))
attempt("sort bad reverse", lambda: sorted([1], reverse="x"))
attempt("sort reverse huge", lambda: sorted([2, 1], reverse=2**100))
attempt("sort mixed", lambda: sorted([1, "a", 2.0]))
attempt("sort tuples mixed", lambda: sorted([(1, "a"), (1, 2)]))
attempt("min key raising", lambda: min([1, 2], key=lambda x: 1 / 0))
attempt("max empty default", lambda: max([], default="d"))
attempt("max empty no default", lambda: max([]))
attempt("max default with args", lambda: max(1, 2, default=0))
attempt("min bad kw", lambda: min([1], foo=1))
l2 = list(range(10))
def k2(x):
    l2.append(x)
    return x

def mutating_iter():
    data = [3, 1, 2]
    for x in data:
        if len(data) < 10:
            data.append(x)
        yield x
attempt("sorted mutating gen", lambda: sorted(mutating_iter()))
lst = list(range(5))
class Swap:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global lst
        lst = None
        return self.v < o.v
lst = [Swap(i) for i in range(10, 0, -1)]
attempt("sort rebinding global", lambda: [s.v for s in sorted(lst)])
lst = [3, 2, 1]
class Key:
    def __init__(self, x): self.x = x
    def __lt__(self, o):
        lst.sort()
        return self.x < o.x
attempt("nested sort same list", lambda: lst.sort(key=Key))
attempt("after", lambda: lst)
big = list(range(5000, 0, -1))
attempt("sort big with key", lambda: big.sort(key=lambda x: -x) or big[:3])
import functools
attempt("cmp_to_key mutating", lambda: sorted(big[:50], key=functools.cmp_to_key(lambda a, b: (big.clear(), a - b)[1]))[:3])
attempt("list.index evil eq", lambda: (lambda l: l.index(type("E", (), {"__eq__": lambda s, o: l.clear() or False, "__repr__": lambda s: "E"})()))(list(range(10))))
attempt("list.count evil eq", lambda: (lambda l: l.count(type("E", (), {"__eq__": lambda s, o: l.clear() or True})()))(list(range(10))))
attempt("list.remove evil eq", lambda: (lambda l: l.remove(type("E", (), {"__eq__": lambda s, o: l.clear() or False})()))(list(range(10))))
attempt("in evil eq", lambda: (lambda l: type("E", (), {"__eq__": lambda s, o: l.clear() or False})() in l)(list(range(10))))
attempt("list lt evil", lambda: (lambda l: l < [type("E", (), {"__eq__": lambda s, o: l.clear() or False})()] * 10)(list(range(10))))
