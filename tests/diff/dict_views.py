# dict views: len, iter, reversed, contains, set operations, comparisons, repr.
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("->", repr(r))

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print("a" in k, "z" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i, "a" in i, (1,) in i)
print(list(k), list(v), list(i), list(reversed(k)), list(reversed(v)), list(reversed(i)))
d["d"] = 4
print(k, v, i)
print(k == {"a", "b", "c", "d"}, k == {"a"}, k != {"a"}, k == ["a", "b", "c", "d"], k < {"a", "b", "c", "d", "e"})
print(k <= {"a", "b", "c", "d"}, k > {"a"}, k >= {"a", "z"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k == d.keys(), i == d.items(), v == d.values(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
print(sorted(k & {"a", "c", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "z"} & k), sorted({"z"} | k), sorted({"a", "z"} - k), sorted({"a", "z"} ^ k))
print(sorted(k & ["a", "b"]), sorted(k | ("q",)), sorted(k - "ab"), sorted(i & {("a", 1)}), sorted(i - {("a", 1)}))
print(sorted(k & d.keys()), sorted(i | {("x", 0)}), sorted(i ^ d.items()), sorted(["b"] & k) if False else "skip")
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
show(lambda: k & 5)
show(lambda: k + k)
show(lambda: v & v)
show(lambda: v == v)
print(type(k & set()).__name__, type(k | set()).__name__, type(i - set()).__name__)
it = iter(d)
next(it)
d["new"] = 0
show(next, it)
show(next, it)
it = iter(d.items())
next(it)
del d["new"]
show(next, it)
d2 = {1: 1, 2: 2}
it = iter(d2)
next(it)
del d2[1]
d2[3] = 3
show(next, it)
show(next, it)
it = iter(d2.values())
d2.clear()
show(next, it)
d3 = {1: 1}
it = reversed(d3)
d3[2] = 2
show(next, it)
d4 = {1: 1, 2: 2}
it = iter(d4)
d4[1] = "value changes are fine"
print(list(it))
r = {}
r[1] = r.keys()
print(r)
print({}.keys(), {}.values(), {}.items())
s = {1: "x"}
vals = s.values()
s[2] = "y"
print(list(vals), len(vals))
print(list(zip({1: 2, 3: 4}.items(), "ab")))
print(sorted(set({"q": 1}.keys()) | {1}, key=str), list(map(lambda kv: kv[0] * 2, {"a": 1}.items())))
m = d.keys().mapping
print(m, d.items().mapping == d, d.values().mapping["b"], type(m).__name__, len(m), "b" in m, list(m), m.get("zz", 0))
print(m.keys(), m.items(), m.values(), m.copy() == d, m.copy() is d, list(reversed(m)), m | {"q": 1}, str(m))
show(lambda: m.__setitem__("x", 1))
show(hash, m)
d["later"] = 1
print(m["later"], len(m))
