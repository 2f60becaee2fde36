# Errors of the format-spec mini-language, in CPython's order of checks.
class F(float):
    pass
class I(int):
    pass
class S(str):
    pass
objs = [1.5, 7, "x", 1 + 2j, True, F(1.0), I(2), S("s")]
specs = ["abc", "d", "s", "x", "c", "%", "=", ".", "..2", ",,", "_,", ",_", "__", ".2,", ",c", "_c", "_n", ",n",
         ",x", "_x", ",b", ",s", "xxx", "\x01", "\u1234", "+z#=", "z#=", "#=", "z", "#", "+", " ", "-", "=5",
         "05", "+c", " c", "#c", ".2d", ".2x", "zd", "zc", "z.3f", "1000000000000000000000", ".2147483648f",
         ".10000000000000000000", "<<<", "0=", ".x", "10.2.3", "5,.2f", "=^10", "^=10", "%%", "j", "r", "a",
         "#.3s", "<.3n", ",.3n", "_%", "0,", "z,"]
for o in objs:
    for s in specs:
        try:
            r = format(o, s)
            print(type(o).__name__, repr(s), "->", repr(r[:40]))
        except Exception as e:
            print(type(o).__name__, repr(s), type(e).__name__, e)
for o, s in [(65, ".0c"), (-1, "c"), (0x110000, "c"), (2 ** 70, "c"), (1 + 1j, "0"), (1 + 1j, "=10"),
             (1 + 1j, "%"), (1.5, 5), (1.5, None)]:
    try:
        print(repr(format(o, s)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    (1.5).__format__(5)
except TypeError as e:
    print("TypeError", e)
