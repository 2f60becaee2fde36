# Operator precedence and associativity across the whole expression grammar.
print(2 + 3 * 4 ** 2, (2 + 3) * 4 ** 2, -2 ** 2, 2 ** -1, not 1 == 2, not (1 == 2) and 0)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1, 8 >> 1 - 1, ~1 + 1, -~1)
print(1 < 2 == 2 > 1, 1 + 1 == 2 and 3, 0 or 1 and 2, (0 or 1) and 2, 1 if 0 else 2 if 0 else 3)
print(3 - 2 - 1, 2 ** 3 ** 2, 100 / 10 / 5, 100 // 7 % 3, 2 * 3 % 4, -3 % 5, -(3 % 5))
print(not -1, - - -1, + + 1, not not [], [1, 2][0] + 1, "ab"[1] * 3, {"k": 2}["k"] ** 2)
print(1 in [1] == True if False else (1 in [1]) == True, 1 in ([1] == True) if False else "skip")
x = 5
print(x if x > 3 else -x, (lambda: x + 1)(), [x for x in range(2)][-1] + 1)
print(2 * 3 + 4 * 5 - 6 / 3, (2 * (3 + 4)) * (5 - (6 / 3)), 10 - 2 ** 2 * 3)
print(True + True * 2, (True + True) * 2, 3 & 5 | 2, 3 & (5 | 2), 6 ^ 3 | 8)
a = b = 2
print(a == b is not None, a is b == True if False else "ok", a + b * a - b // a)
print(-2 ** 0.5 if False else -(2 ** 2), (-8) // 3, -8 // 3, -(8 // 3), 7 - -3, 7 + -3)
s = "abc"
print(s * 2 + s, s[0] + s[-1] * 2, s[1:] * 2 == "bcbc", len(s) * 2 ** 2)
print((1, 2) + (3,) * 2, [1] * 2 + [2], [[0] * 2] * 2)
f = lambda n: n * 2
print(f(3) ** 2, -f(2), not f(0), f(1) if f(0) else f(2))
print(1 if True else 0 + 100, (1 if True else 0) + 100)
print((lambda: 0 if False else "lambda body includes conditional" if False else "ok")())
