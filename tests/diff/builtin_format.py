# format() builtin with many types and specs.
print(format(12), format(12, ""), format(12, "5"), format(12, "<5") + "|", format(12, "^6") + "|")
print(format(3.14159, ".3"), format(3.14159, ".3f"), format(1234567.891, ",.2f"), format(0.000123, ".2e"))
print(format("text", ">10"), format("text", "*^11"), format("text", ".2"), format("", "5") + "|")
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(-255, "+#o"), format(10**18, "_d"))
print(format(True, ""), format(None, ""), format([1, 2], ""), format((1,), ""))
print(format(0.5, "%"), format(0.123456, ".1%"), format(1e100, "g"), format(12345678.9, "g"))
print(format(-0.0, ""), format(-0.0, ".1f"), format(float("nan"), "8.2f"), format(float("-inf"), "+"))
print(format(1.5, "z.1f") if False else format(-0.04, ".1f"))
print(format(123, "=+8"), format(-123, "=8"), format(123, "08"), format(-1.5, "010.2f"))
print(format(1234, ","), format(1234.5, ","), format(1234, "_x"), format(0xFFFFFF, "_b"))
print(format(2 ** 100, ","), format(-2 ** 100, "x"))
for val, spec in [(1, "s"), ("s", "d"), (1.5, "d"), ([], "d"), (1, ".2d"), ("x", "+"), (1, "z"), (1, ",x"), ("s", "=5")]:
    try:
        print(format(val, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
class Custom:
    def __format__(self, spec):
        return "custom[" + spec + "]"
print(format(Custom(), "abc"), "{:q}".format(Custom()))
print(format(object.__new__(object), "") .startswith("<object"))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
