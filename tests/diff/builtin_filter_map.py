# filter and map: laziness, multiple iterables, None predicate.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 2, range(6))))
print(list(map(str, range(4))), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz", [1, 2, 3])))
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print(type(f).__name__, "".join(f))
log = []
def track(x):
    log.append(x)
    return x
mm = map(track, range(3))
print(log)
next(mm)
print(log)
try:
    map(len)
except TypeError as e:
    print(e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(e)
try:
    filter(None, 5)
except TypeError as e:
    print(e)
try:
    map(None, [1])
    list(map(None, [1]))
except TypeError as e:
    print(e)
print(list(map(int, "123")), sum(map(len, ["ab", "cde"])), list(filter(lambda s: s, map(str.strip, [" a ", "  ", "b"]))))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
print(list(filter(lambda p: p[1] % 2, enumerate([5, 6, 7]))))
