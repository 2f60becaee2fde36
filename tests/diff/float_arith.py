# Float arithmetic with float and int operands: results, signs of zeros,
# Python's floor division / modulo sign rules, ** rules and the errors.
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, 0.1, 1e308, -1e308, 5e-324, float("inf"), float("-inf"),
        float("nan"), 7, -7, 0, 2 ** 70]
def show(x):
    if isinstance(x, tuple):
        return "(" + ", ".join(show(i) for i in x) + ")"
    return repr(x)
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
       ("divmod", lambda a, b: divmod(a, b))]
for name, f in ops:
    for a in vals:
        line = []
        for b in vals:
            if not isinstance(a, float) and not isinstance(b, float):
                continue
            try:
                line.append(show(f(a, b)))
            except Exception as e:
                line.append(type(e).__name__ + ":" + str(e))
        print(name, repr(a), " ".join(line))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (5, 0.3), (-5, 0.3), (0.3, 0.1),
             (1.0, 0.1), (-1e-300, 1e300), (3.0, float("inf")), (-3.0, float("inf")), (2 ** 80, 3.5)]:
    print(a // b, a % b, divmod(a, b))
pows = [(2.0, 10), (2.0, -2), (2.0, 0.5), (-8.0, 1 / 3), (-2.0, 3), (-2.0, 2), (-2.0, -3), (0.0, 0),
        (0.0, 2), (-0.0, 3), (-0.0, 2), (0.0, -1), (-0.0, -1.5), (1.0, float("nan")), (float("nan"), 0),
        (float("nan"), 1), (-1.0, float("inf")), (0.5, float("inf")), (2.0, float("-inf")),
        (float("inf"), -1), (float("-inf"), 3), (float("-inf"), 2), (float("-inf"), -3), (10.0, 400),
        (10.0, -400), (-1.0, 2 ** 60 + 1), (-1.0, 1e300), (1.5, 2), (2, 0.5), (-4, 0.5), (1e200, 2),
        (2.0, 1024), (2.0, 1023), (2.0, -1074), (2.0, -1080), (-3.0, 0.5)]
for a, b in pows:
    try:
        print(a, "**", b, "=", show(a ** b))
    except Exception as e:
        print(a, "**", b, type(e).__name__, e, e.args)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(pow(2.0, 3), pow(2, -1), pow(2.5, 2.0))
for big in [2 ** 1100, -(2 ** 1100)]:
    for expr in [lambda: 1.0 + big, lambda: big * 0.5, lambda: 1.0 / big, lambda: big // 2.0, lambda: 2.0 ** big]:
        try:
            print(show(expr()))
        except Exception as e:
            print(type(e).__name__, e)
# comparisons with ints are exact
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2.0 ** 53 < 2 ** 53 + 1, 9007199254740993 > 9007199254740992.0)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(float("nan") == 0, float("nan") != 0, float("nan") < 10 ** 400, 0.5 < 1, 1.0 == 1, 1.0 == True, -0.0 == 0)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1e16 + 1 == 1e16, 3 * 0.1, 0.1 * 3, 1 - 0.9, 2.5e-324 == 0)
for a in [1.5, -1.5, 0.0, -0.0, float("inf"), float("nan")]:
    print(-a, +a, abs(a), bool(a), a == a, int(a) if a == a and abs(a) != float("inf") else "-")
x = 1.0
x += 2
x *= 3.5
x -= 0.5
x /= 4
x //= 0.25
x %= 3
x **= 2
print(x)
print(sum([0.1] * 10), 1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 2.0 ** -1075)
