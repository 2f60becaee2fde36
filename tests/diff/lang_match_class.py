# match: class patterns, __match_args__, keyword patterns, builtins.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d flat {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), "pt"]:
    print(where(p))
def builtin(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list([a, *_]):
            return f"nonempty list starting {a}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case tuple(t):
            return f"tuple {t}"
    return "other"
for v in [True, 3, 2.5, "s", [9, 8], {"k": 1}, (1,), [], None]:
    print(builtin(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(e)
class Attr:
    def __init__(self):
        self.v = 7
match Attr():
    case Attr(v=7, missing=1):
        print("no")
    case Attr(v=x):
        print("attr v", x)
