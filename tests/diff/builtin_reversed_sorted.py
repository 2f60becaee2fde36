# reversed and sorted.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
rv = reversed([1, 2])
print(type(rv).__name__, next(rv), list(rv))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted([]), sorted(x for x in [2, 1]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([[3], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([1], key=len)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
print(sorted([0.5, -1, 3, 2.5, True]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
data = [("a", 3), ("b", 1), ("c", 3), ("d", 2)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
