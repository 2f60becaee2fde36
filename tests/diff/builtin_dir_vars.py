# dir and vars.
class A:
    a_attr = 1
    def a_method(self):
        pass
class B(A):
    b_attr = 2
    def __init__(self):
        self.inst = 3
b = B()
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print(vars(b), sorted(k for k in vars(B) if not k.startswith("__")))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
try:
    vars(1)
except TypeError as e:
    print(e)
class Slots:
    __slots__ = ("s",)
try:
    vars(Slots())
except TypeError as e:
    print(e)
print("append" in dir([]), "upper" in dir(""), "__add__" in dir(1), "keys" in dir({}))
print(sorted(n for n in dir(int) if not n.startswith("_"))[:8])
def g():
    local_a = 1
    return vars()
print(g())
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(e)
print(type(vars(B)).__name__)
