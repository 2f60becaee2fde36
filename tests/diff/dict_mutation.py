# dict lookups whose __eq__/__hash__ run Python code (and mutate the dict),
# subclasses with __missing__, keys that compare equal across types.
class Key:
    def __init__(self, name, h, hook=None):
        self.name = name
        self.h = h
        self.hook = hook
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.hook:
            hook, self.hook = self.hook, None
            hook()
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name

d = {}
a = Key("a", 1)
d[a] = "A"
b = Key("b", 1)
d[b] = "B"
print(d[Key("a", 1)], d[Key("b", 1)], len(d))
def clear_it():
    d.clear()
c = Key("a", 1, clear_it)
try:
    print(d[c])
except KeyError as e:
    print("KeyError", e)
print(d)
d = {Key("x", 5): 1}
def grow():
    for i in range(100):
        d[i] = i
probe = Key("x", 5, grow)
print(d.get(probe), len(d))
d = {Key("x", 5): 1, Key("y", 5): 2}
def shrink():
    for k in list(d):
        del d[k]
print(Key("y", 5, shrink) in d, d)
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
try:
    {}[BadHash()] = 1
except ValueError as e:
    print("ValueError", e)
try:
    BadHash() in {}
except ValueError as e:
    print("ValueError", e)
class BadEq:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise RuntimeError("eq failed")
d = {7: "seven"}
try:
    d[BadEq()]
except RuntimeError as e:
    print("RuntimeError", e)
print(d.get(BadEq.__hash__(None) if False else 7))

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
c["x"] += 1
c["x"] += 1
c["y"]
print(c, c.get("z"), "z" in c, type(c).__name__, isinstance(c, dict))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = Default(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, dd.factory is list, len(dd))
class NoMissing(dict):
    pass
try:
    NoMissing()["q"]
except KeyError as e:
    print("KeyError", repr(e))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], dict(u), Upper({"x": 1}))
u.update(b=2)
print(u)
class D2(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return "got " + k
x = D2(only=1, other=2)
print(dict(x), {**x} if False else "-", dict({}, **{"k": 1}))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): 1, (1.0, 2.0): 2})
e = {}
e[frozenset({1})] = "f"
print(e[frozenset([1])], e.get(frozenset()), {"": 0}[""])
s = {}
for i in range(20):
    s[i] = i
    del s[i]
print(s, len(s))
for i in range(50):
    s[i] = i
while s:
    s.popitem()
print(s)
s.update({1: 2})
print(s, s.popitem(), s)
