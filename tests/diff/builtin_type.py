# type(): one-argument and three-argument forms.
print(type(1), type("s"), type(None), type(type), type(len), type([]).__name__, type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(1.0) == float, type(type(1)) is type)
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, p.norm(), type(p).__name__, Point.__bases__, Point.__module__)
Sub = type("Sub", (Point,), {"z": 1})
print(Sub.__mro__[1].__name__, Sub().z, Sub().x, isinstance(Sub(), Point))
Dyn = type("Dyn", (int,), {})
print(Dyn(5) + 1, type(Dyn(5)).__name__)
for args in [(1, 2), ("N", 1, {}), ("N", (1,), {}), ("N", (), 1), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
try:
    type()
except TypeError as e:
    print(e)
class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, type(M()).__name__)
print(type.__name__, type.__mro__, type("Q", (), {"__doc__": "documented"}).__doc__)
print(type("Sl", (), {"__slots__": ("a",)})().__class__.__name__)
T = type("T", (), {"__qualname__": "Outer.T"})
print(T.__qualname__, T.__name__)
print(type(1) == type(2), type([]) != type(()))
