# Function, method and builtin objects: attributes, reprs, equality.
def addr(s):
    out = []
    i = 0
    while True:
        j = s.find("0x", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        out.append("0xADDR")
        k = j + 2
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        i = k
    return "".join(out)

def f(a, b=1, *, c=2):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__module__, f.__code__.co_name, f.__globals__ is globals(), f.__closure__)
print(addr(repr(f)))
f.attr = 5
print(f.attr, f.__dict__)
f.__name__ = "renamed"
print(f.__name__, addr(repr(f)))
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
print(f.__annotations__)
def ann(x: int) -> str: pass
print(ann.__annotations__)

class C:
    def m(self):
        return self
    def __repr__(self):
        return "<C>"
o = C()
bm = o.m
print(repr(bm), bm.__self__ is o, bm.__func__ is C.m, bm.__name__, bm.__qualname__)
print(o.m == o.m, o.m == C().m, o.m is o.m, hash(o.m) == hash(o.m))
print(C.m.__get__(o)() is o, C.m.__get__(None, C) is C.m)
print(type(bm).__name__, type(f).__name__)

print(len, [].append.__name__, addr(repr([].append)))
print(list.append, int.real, type(list.append).__name__, type(int.real).__name__)
print(addr(repr(dict.fromkeys)), addr(repr({}.fromkeys)))
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
l = []
list.append(l, 3)
print(l, [].append.__self__, type(len.__self__).__name__, len.__module__, len.__qualname__, [].append.__qualname__)
print(list.append.__qualname__, list.append.__name__, list.append.__objclass__)
print(int.real.__get__(5), int.real.__name__)
try:
    int.real.__get__("x")
except TypeError as e:
    print(e)
try:
    (1).real = 3
except AttributeError as e:
    print(e)
print([].append == [].append, len == len)
g = lambda: 0
print(g.__name__, addr(repr(g)))
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
one, nothing = 1, None
try:
    one()
except TypeError as e:
    print(e)
try:
    nothing()
except TypeError as e:
    print(e)
