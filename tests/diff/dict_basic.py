# dict: construction, methods, errors, order, repr, equality.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print("->", repr(r))

d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d, "z" not in d)
del d["a"]
d["a"] = 99
print(d, list(d.keys()), list(d.values()), list(d.items()))
show(lambda: d["missing"])
show(lambda: d[(1, 2)])
show(lambda: d[[1]])
show(lambda: d.__delitem__("missing"))
show(d.pop, "missing")
print(d.pop("missing", "dflt"), d.pop("c"), d)
print(d.setdefault("n", []), d.setdefault("n", 5), d.setdefault("m"), d)
show(d.popitem)
print(d)
show({}.popitem)
show({}.pop)
show({}.get)
show({}.get, 1, 2, 3)
show({}.setdefault)
show(dict.fromkeys)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2), dict([("a", 1)], a=2))
print(dict(zip("abc", range(3))), dict([["k", "v"], "xy"]), dict({1: 2}.items()))
show(dict, 5)
show(dict, [1, 2])
show(dict, [(1, 2, 3)])
show(dict, [(1, 2), (3,)])
show(dict, [(1, 2)], [(3, 4)])
show(dict, [[]])
show(dict, ["abc"])
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()), dict(Mapping(), p=0))
e = {}
e.update({"a": 1}, b=2)
e.update([("c", 3)])
e.update(Mapping())
e.update(z=26)
e.update()
print(e)
show(e.update, 1)
show(e.update, {}, {})
c = e.copy()
c["a"] = "changed"
print(e == c, e != c, e == e.copy(), {} == {}, {1: 2} == {1: 2.0}, {1: 2} == {2: 1}, {1: 2} == [1])
show(lambda: {} < {})
show(hash, {})
c.clear()
print(c, len(c), bool(c), bool(e))
print({1: "a"} | {2: "b"}, {1: "a", 2: "x"} | {2: "b"}, {"k": 0} | dict(k=1))
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f)
show(lambda: {1: 1} | [(2, 2)])
show(lambda: [(2, 2)] | {1: 1})
g = {}
show(g.__ior__, 5)
print(repr({}), repr({1: {2: {3: {}}}}), str({"a": "b"}), {(1, 2): [3], 4.5: None, True: False, "s": "t"})
r = {}
r["self"] = r
r["list"] = [r]
print(r)
print({1: 1, True: 2, 1.0: 3}, {0: "a", False: "b"}, {-1: 1, -2: 2})
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:10], list(big)[-5:], sum(big.values()))
big2 = {str(i): i for i in range(200)}
print(list(big2)[:5], list(big2.values())[-3:])
ordered = {}
for k in [5, 3, 9, 1]:
    ordered[k] = k
del ordered[3]
ordered[3] = "again"
print(ordered, list(reversed(ordered)), list(reversed(ordered.items())), list(reversed(ordered.values())))
print(d.__contains__("b"), d.__getitem__("b"), d.__len__(), dict.__getitem__({1: 2}, 1))
show(d.__getitem__, "zz")
print(type({}.keys()).__name__, type({}.items()).__name__, type({}.values()).__name__)
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
