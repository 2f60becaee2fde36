# float/complex subclasses and the conversion protocols (__float__,
# __index__, __complex__).
class F(float):
    pass
class G(float):
    def __repr__(self):
        return "G(" + float.__repr__(self) + ")"
f = F(2.5)
print(repr(f), str(f), type(f).__name__, type(f + 1).__name__, type(-f).__name__, type(abs(f)).__name__,
      type(+f).__name__, f == 2.5, hash(f) == hash(2.5), f.is_integer(), f.as_integer_ratio())
print(repr(G(1.5)), str(G(1.5)), format(G(1.5)), format(G(1.5), ".2f"), "{}".format(G(0.25)))
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"), type(float.fromhex("1")).__name__)
print(type(float(f)).__name__, float(f), type(f.conjugate()).__name__, type(f.real).__name__, f.imag)
print(type(float.__new__(F, "1.25")).__name__, float.__new__(F, 7), F(), F(" 3 "), F(True))
f.attr = 5
print(f.attr, vars(f))
class WithFloat:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v
class WithIndex:
    def __index__(self):
        return 7
class Both:
    def __float__(self):
        return 1.5
    def __index__(self):
        return 3
print(float(WithFloat(2.25)), float(WithIndex()), float(Both()), complex(WithFloat(0.5)), complex(WithIndex()))
for bad in [WithFloat(1), WithFloat("x"), WithFloat(None)]:
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)
class BigIndex:
    def __index__(self):
        return 2 ** 2000
try:
    float(BigIndex())
except OverflowError as e:
    print("OverflowError", e)
print(1.5 + WithIndex.__index__(WithIndex()), 2.0 * True, 0.5 - False)
try:
    1.5 + WithFloat(1.0)
except TypeError as e:
    print("TypeError", e)
class Radd:
    def __radd__(self, other):
        return "radd " + repr(other)
    def __rtruediv__(self, other):
        return "rtruediv " + repr(other)
print(1.5 + Radd(), 2.0 / Radd())
class C(complex):
    pass
c = C(1, 2)
print(repr(c), type(c).__name__, type(c + 1).__name__, type(-c).__name__, c == 1 + 2j, hash(c) == hash(1 + 2j))
print(type(complex(c)).__name__, type(C(c)).__name__, C("3+4j"), type(C()).__name__)
class WithComplex:
    def __complex__(self):
        return 3 + 4j
class BadComplex:
    def __complex__(self):
        return 5
print(complex(WithComplex()), complex(WithComplex(), 1))
try:
    complex(BadComplex())
except TypeError as e:
    print("TypeError", e)
print(isinstance(1.5, float), isinstance(f, float), issubclass(F, float), float.__name__, F.__mro__)
print(sorted([3.5, 1, -2.25, F(0.5), True, 2 ** 60, -float("inf")]))
print(max(1, 2.5), min(-1.5, -1), 7 / 2, 7 // 2.0, 1 / 3 * 3 == 1.0)
class StrWithFloat(str):
    def __float__(self):
        return 1.25
class IntWithFloat(int):
    def __float__(self):
        return 0.5
class FloatWithFloat(float):
    def __float__(self):
        return 9.0
print(float(StrWithFloat("2")), float(IntWithFloat(3)), float(FloatWithFloat(4.0)), complex(StrWithFloat("3j")))
print(1.5 + IntWithFloat(1), IntWithFloat(2) * 0.25, float(StrWithFloat("x")))
