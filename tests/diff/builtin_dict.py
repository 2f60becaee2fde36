# dict constructor and methods (insertion-ordered).
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=2), dict(zip("ab", [1, 2])))
d = {"one": 1, "two": 2, "three": 3}
print(d.keys(), d.values(), d.items(), list(d), len(d))
print(d.get("one"), d.get("four"), d.get("four", 4), d.setdefault("four", 4), d.setdefault("one", 100))
print(d.pop("two"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
c = d.copy()
c["new"] = 0
print(d == c, len(c), "new" in d)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", []))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "c"})
m = {1: 1}
m |= {2: 2}
print(m, list(reversed({"a": 1, "b": 2, "c": 3})))
for bad in [lambda: d.pop("zz"), lambda: {}.popitem(), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(1)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
ks = d.keys()
d["late"] = 1
print("late" in ks, len(ks), ks & {"a", "zzz"}, sorted(ks | {"q"}))
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print(e)
d.clear()
print(d, bool(d))
nested = {"x": {"y": [1, {"z": None}]}}
print(nested["x"]["y"][1]["z"], repr(nested))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), max({"a": 5, "b": 9}, key=lambda k: {"a": 5, "b": 9}[k]))
print({k: v for k, v in zip(range(3), "abc")}.items() == dict(enumerate("abc")).items())
print(dict(a=1).__class__.__name__, type({}.keys()).__name__, type({}.items()).__name__)
