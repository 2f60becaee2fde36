# tuple constructor, methods, comparisons.
t = (1, 2, 3, 2)
print(t, tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), (1,), (), tuple(x for x in "xy"))
print(t.count(2), t.index(2), t.index(2, 2), len(t), t[1:3], t[::-1], t + (4,), t * 2, 2 in t)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") == (1, "a"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
a, b, *c = (1, 2, 3, 4)
print(a, b, c, hash((1, 2)) == hash((1, 2)))
nt = ((1, 2), (3, 4))
print(dict(nt), [x for pair in nt for x in pair], max(nt), sorted(nt, reverse=True))
tl = ([1],)
tl[0].append(2)
print(tl, type(()).__name__, repr((1,)), repr(((),)))
print(tuple.__name__, isinstance((), tuple), (1, 2) + (), (0,) * 0)
