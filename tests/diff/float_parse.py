# float() from str / bytes: syntax, whitespace, underscores, specials,
# exactness of hard cases and the error messages.
good = ["1.5", "  1.5  ", "\t-2.5e3\n", "+.5", "5.", "1e5", "1E-5", "1_000.5", "1_0e1_0", "0_0.0_1",
        "inf", "-inf", "+Infinity", "iNfInItY", "nan", "-NaN", "+nan", "00000001.5", "0.000",
        "-0", "-0.0", "1e309", "-1e400", "1e-400", "2.2250738585072011e-308",
        "2.2250738585072012e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308",
        "1.7976931348623159e308", "9007199254740993", "9007199254740992.5", "9007199254740993.0000001",
        "0.1000000000000000055511151231257827021181583404541015625",
        "0.1000000000000000055511151231257827021181583404541015624",
        "0.1000000000000000055511151231257827021181583404541015626",
        "123456789012345678901234567890", "1" + "0" * 400 + "e-400", "0." + "0" * 330 + "1e330",
        "8.41e21", "1e23", "3.14159265358979323846264338327950288419716939937510",
        "\u00a01.5\u2003", "\u0661\u0662.\u0663", "1\u0085", "\u2028 7 \u2029"]
for s in good:
    v = float(s)
    print(repr(s[:60]), repr(v), v.hex())
bad = ["", " ", "abc", "1.2.3", "1e", "1e+", "e5", ".", "0x10", "1__0", "_1", "1_", "1._5", "1_.5",
       "1e_5", "- 1", "++1", "inf_", "infinit", "nan(1)", "1\x1c", "1 2", "1,5", "\x00", "1\x00",
       "\u0661x", "Infinityy", "1.5j", "--1"]
for s in bad:
    try:
        float(s)
        print("accepted", repr(s))
    except ValueError as e:
        print("ValueError", e)
for b in [b"1.5", b" 2e3 ", bytearray(b"-7.25"), b"1_0", b"abc", bytearray(b"x y")]:
    try:
        print(repr(float(b)))
    except ValueError as e:
        print("ValueError", e)
for o in [None, [], {}, 1j, (1,), object]:
    try:
        float(o)
    except TypeError as e:
        print("TypeError", e)
try:
    float("1", "2")
except TypeError as e:
    print("TypeError", e)
try:
    float(x="1")
except TypeError as e:
    print("TypeError", e)
print(float(), float(0), float(-5), float(True), float(2 ** 53 + 1), float(10 ** 308), float(-(2 ** 1023)))
for big in [10 ** 309, -(2 ** 1024), 2 ** 1024 - 2 ** 970]:
    try:
        print(float(big))
    except OverflowError as e:
        print("OverflowError", e)
print(float(2 ** 1024 - 2 ** 971 - 1), float(2 ** 53 + 3), float(-(2 ** 64) - 1))
