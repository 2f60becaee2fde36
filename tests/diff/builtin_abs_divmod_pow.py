# abs, divmod, pow with their errors.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 - 4j), abs(True), abs(-10 ** 30))
print(abs(float("-inf")), abs(float("nan")))
for bad in ["s", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print(e)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 25, 7))
print(divmod(True, 2), divmod(1, 0.5), divmod(0, 5))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(e)
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(10 ** 20, 3, 10 ** 9 + 7))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
print(pow(-1, 0.5))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    pow(10.0, 400)
except OverflowError as e:
    print(e)
try:
    pow()
except TypeError as e:
    print(e)
print(2 ** 100 % 97, (-2) ** 3, (-2) ** 2, 2 ** 0.5 == 2 ** 0.5)
