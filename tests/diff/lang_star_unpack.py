# Star unpacking in assignments, calls and literals.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
[*a] = (1, 2)
print(a)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
print(*[1, 2], *"ab", 3)
print([*range(3), *[9, 8]], (*"xy",), {*[1, 2, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
print(f(**{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, = []
except ValueError as e:
    print(e)
first, *middle, last = range(10)
print(first, middle, last)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*(1, 2), 3), g(1, *[2, 3]), g(*"123" and (1, 2, 3)))
print(g(**{"c": 3, "a": 1, "b": 2}))
print(*[], sep="-")
print(*{}, "end")
d = dict(a=1)
print({**d, **dict(b=2)}, [*d])
