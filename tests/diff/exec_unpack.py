def t(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def u1(): a, b = [1, 2, 3]
def u2(): a, b = (x for x in [1, 2, 3])
def u3(): a, b, *c, d = [1, 2]
def u4(): a, b = 1
def u5(): a, b = {1: 2, 3: 4, 5: 6}
def u6(): a, b, c = "ab"
t(u1); t(u2); t(u3); t(u4); t(u5); t(u6)
a, *b, c = range(6)
print(a, b, c)
*a, = "xyz"
print(a)
(a, b), c = "ab", 3
print(a, b, c)
first, *rest = [1]
print(first, rest)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*[1, 2], 3})
t(lambda: [*1])
t(lambda: {**[1]})
t(lambda: {**1})
x, y = y, x = 1, 2
print(x, y)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
