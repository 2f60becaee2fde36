# __slots__: restricted attributes, inheritance, no __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
p.x = 10
print(p.x)
print(type(P.x).__name__, P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 5
print(r.x, r.z, hasattr(r, "__dict__"))
try:
    r.w = 1
except AttributeError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(e)
class Unset:
    __slots__ = ("val",)
try:
    Unset().val
except AttributeError as e:
    print(e)
class Defaults:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
d = Defaults()
print([getattr(d, n, "<unset>") for n in Defaults.__slots__])
