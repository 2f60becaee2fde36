# Reflected operands (__radd__ etc.) and subclass priority.
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __radd__(self, o): return R(f"{o}+{self.v}")
    def __rsub__(self, o): return R(f"{o}-{self.v}")
    def __rmul__(self, o): return R(f"{o}*{self.v}")
    def __rtruediv__(self, o): return R(f"{o}/{self.v}")
    def __rfloordiv__(self, o): return R(f"{o}//{self.v}")
    def __rmod__(self, o): return R(f"{o}%{self.v}")
    def __rpow__(self, o): return R(f"{o}**{self.v}")
    def __rlshift__(self, o): return R(f"{o}<<{self.v}")
    def __rrshift__(self, o): return R(f"{o}>>{self.v}")
    def __rand__(self, o): return R(f"{o}&{self.v}")
    def __ror__(self, o): return R(f"{o}|{self.v}")
    def __rxor__(self, o): return R(f"{o}^{self.v}")
    def __rmatmul__(self, o): return R(f"{o}@{self.v}")
    def __rdivmod__(self, o): return R(f"divmod({o},{self.v})")
r = R("r")
print(1 + r, 2 - r, 3 * r, 4 / r, 5 // r, 6 % r, 7 ** r)
print(8 << r, 9 >> r, 10 & r, 11 | r, 12 ^ r, [1] @ r, divmod(13, r))
print("s" + r, [0] * r if False else "skip", 1.5 + r)
print(sum([R("x")], 0) if False else sum([1, 2], 0))
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __add__(self, o):
        return "Derived.__add__"
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Left:
    def __add__(self, o):
        print("Left.__add__ -> NotImplemented")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right handled"
print(Left() + Right())
class NoRadd:
    pass
try:
    Left() + NoRadd()
except TypeError as e:
    print(e)
class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(e)
try:
    3 ** R("x") if False else pow(3, R("x"), 5)
except TypeError as e:
    print(e)
class IntLike(int):
    def __radd__(self, o):
        return "IntLike.__radd__"
print(1 + IntLike(2), IntLike(2) + 1)
