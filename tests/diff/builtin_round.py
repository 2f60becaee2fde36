# round: banker's rounding, ndigits, ints, errors.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49), round(3.51))
print(round(1.234, 2), round(1.235, 2), round(2.675, 2), round(-1.005, 2), round(1234.5678, -2), round(0.0, 3))
print(round(123), round(123, 1), round(125, -1), round(135, -1), round(-125, -1), round(10 ** 20 + 5, -1))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 0)).__name__, round(1.5, None))
print(round(float("inf"), 2), round(float("nan"), 1), round(1e300, 2), round(1.5e-300, 2))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1"), lambda: round(1.5, 1.5), lambda: round()]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(True), round(7, -5), round(0.1 + 0.2, 15), round(2 ** 70 + 0.0, -5))
