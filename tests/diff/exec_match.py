# Structural pattern matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"str {s!r}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"list head {x} rest {rest}"
        case {"k": val, **others}:
            return f"dict k={val} others={others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "none"
        case _:
            return "other"

for v in [0, 1, 500, "hi", [1, 2], [1, 2, 3], (4,), {"k": 1, "j": 2}, Point(0, 0), Point(1, 2), None, 3.5, 50]:
    print(describe(v))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": x}:
        print("a is", x)
match (1, 2):
    case (a, b) if a > b:
        print("gt")
    case (a, b):
        print("le", a, b)
