# match: mapping patterns, **rest, keys with values.
def m(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
print(m({"type": "point", "x": 1, "y": 2}))
print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(m({"type": "square"}))
print(m({"kind": 1}))
print(m({}))
print(m([("type", "point")]))
print(m("type"))
class DefaultGet(dict):
    def __missing__(self, key):
        return "missing!"
print(m(DefaultGet(type="point")))
def keyed(d):
    match d:
        case {1: one, 2.5: f, None: n, "s": [a, b]}:
            return one, f, n, a, b
    return "no"
print(keyed({1: "i", 2.5: "f", None: "n", "s": (10, 20)}), keyed({1: 1}))
KEY = "k"
class K:
    key = "dyn"
def dyn(d):
    match d:
        case {K.key: v}:
            return "dyn " + str(v)
    return "nodyn"
print(dyn({"dyn": 3}), dyn({"k": 1}))
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print(others, type(others).__name__)
match {"x": {"y": {"z": 42}}}:
    case {"x": {"y": {"z": val}}}:
        print("deep", val)
try:
    exec("match {}:\n    case {'a': 1, 'a': 2}:\n        pass\n")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
