# dict subclass __missing__ and related dict behaviours.
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = len(self)
        return value
d = Default(a=0)
print(d["a"], d["b"], d["c"], d)
print(d.get("zz"), "zz" in d, d.get("b"))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
class Raise(dict):
    def __missing__(self, key):
        raise KeyError("custom " + repr(key))
try:
    Raise()["q"]
except KeyError as e:
    print(e)
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print("KeyError", e)
class Nested(dict):
    def __missing__(self, key):
        v = self[key] = Nested()
        return v
tree = Nested()
tree["a"]["b"]["c"] = 1
print(tree)
try:
    {}["nokey"]
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(repr(e), str(e))
class Cls(dict):
    __missing__ = lambda self, k: k * 2
print(Cls()["ab"], Cls()[21])
