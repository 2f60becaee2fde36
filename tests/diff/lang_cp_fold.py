# Constant folding of binary operations (results and co_consts as CPython).
print(2 * 3 + 1, 60 * 60 * 24, 1 << 20, 2 ** 10, 2 ** 200, 1 << 200, 10 ** -2, 7 // 2, -7 % 3, 1.5 * 2, 'a' + 'b', b'x' + b'y')
print(1 / 0 if False else 'no error', 3 - 1j * 2, (1, 2 * 2), 5 ^ 3 | 8 & 12)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(2 ** 'x')
except TypeError as e:
    print(e)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 0 ** 0, 'x' * 3, 3 * 'ab')
def f():
    return 24 * 60
print(f.__code__.co_consts)
