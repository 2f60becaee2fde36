# Annotations on functions, variables, classes.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
x: int = 5
y: "forward"
print(x, __annotations__)
try:
    y
except NameError as e:
    print(e)
class C:
    a: int
    b: str = "bval"
    c: list[int] = []
print(C.__annotations__, C.b, hasattr(C, "a"))
def g():
    z: int = 1
    w: str
    return z
print(g(), g.__annotations__)
def no_ann(x):
    pass
print(no_ann.__annotations__)
calls = []
def side(v):
    calls.append(v)
    return v
def h(p: side("p-ann")) -> side("ret-ann"):
    pass
print(calls, h.__annotations__)
class D:
    m: side("class-ann") = 1
print(calls)
obj = C()
obj.attr: int = 10
print(obj.attr)
d = {}
d["k"]: str = "v"
print(d)
lst = [0]
lst[0]: int
print(lst)
(paren): int = 3
print(paren, "paren" in __annotations__)
print(type(f.__annotations__).__name__, sorted(f.__annotations__))
