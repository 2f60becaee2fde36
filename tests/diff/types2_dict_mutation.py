d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
        d[k + 100] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys(range(8))
for i in range(0, 8, 2):
    del d[i]
d[0] = "new"
d[3] = "upd"
print(d, list(d), list(d.values())[:3])
print(d.popitem(), d.popitem(), d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%r)" % self.v
dk = {K(1): "a", K(2): "b"}
print(dk[K(1)], K(2) in dk, K(3) in dk, dk.get(K(3), "none"))
class BadHash:
    def __hash__(self): raise ValueError("no hash")
try:
    {BadHash(): 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    BadHash() in {1: 2}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {1}.add(BadHash())
except ValueError as e:
    print(type(e).__name__, e)
class Unh:
    __hash__ = None
try:
    {Unh(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Unh())
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class M(dict):
    def __missing__(self, k):
        return k * 2
m = M(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, m)
class DD(dict):
    def __repr__(self): return "DD!"
print({1: DD()}, [DD()], str(DD()))
d = {"x": [1, 2]}
d["x"].append(d)
print(d)
s = set()
l = [s]
print(repr(l))
class R:
    def __repr__(self): return "R<%s>" % self.x
r = R()
r.x = [r]
try:
    print(repr(r))
except RecursionError as e:
    print("RecursionError")
od = {}
od.update(b=1, a=2)
od.setdefault("c", 3)
print(od, od.setdefault("a", 99), list(od.items()))
print({**od, "b": 0}, od | {"z": 1}, {"z": 1} | od)
od |= [("q", 1)]
print(od)
try:
    od |= 5
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("ab", 0) == {"a": 0, "b": 0}, {1: 2} != {1: 3}, {} == {}, {1: 2}.items() == {(1, 2)})
a = {1: [1]}
b = a.copy()
b[1].append(2)
print(a, b, a == b)
print(sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1], reverse=True))
print(dict(sorted({"b": 1, "a": 2}.items())))
e = {}
e[1] = e.get(1, 0) + 1
e[1.0] = e.get(1.0, 0) + 1
e[True] = e.get(True, 0) + 1
print(e)
print({1: "int", 1.0: "float"}, {1.0: "float", 1: "int"})
x = {"a": 1}
y = x.keys()
x["b"] = 2
print(y, len(y), "b" in y)
print({}.fromkeys([]), type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
