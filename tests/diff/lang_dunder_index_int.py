# __index__, __int__, __float__ and where each is used.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
data = list("abcdef")
print(data[i], data[Idx(-1)], data[Idx(1):Idx(4)], "xyz"[i], (1, 2, 3)[i])
print(bin(i), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), [0] * Idx(3), int(i))
print(operator_like := i.__index__(), "ok")
class IntOnly:
    def __int__(self):
        return 7
print(int(IntOnly()))
try:
    [1, 2][IntOnly()]
except TypeError as e:
    print(e)
try:
    bin(IntOnly())
except TypeError as e:
    print(e)
try:
    range(IntOnly())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(e)
class FloatOnly:
    def __float__(self):
        return 3.75
print(float(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print(e)
class IdxFloat:
    def __index__(self):
        return 4
print(float(IdxFloat()), complex(IdxFloat()))
for bad in [1.5, "3", None, [1]]:
    try:
        [0, 1, 2][bad]
    except TypeError as e:
        print(e)
try:
    fl = 1.0
    "abc"[fl]
except TypeError as e:
    print(e)
print(True.__index__(), [10, 20][True], int(True), float(False))
class BigIdx:
    def __index__(self):
        return 10 ** 30
try:
    [1][BigIdx()]
except IndexError as e:
    print(e)
print(round(2.5, Idx(0)), round(3.14159, Idx(2)), "abcdef"[Idx(1):Idx(5):Idx(2)])
