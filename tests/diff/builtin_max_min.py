# max and min: iterables, multiple args, key, default, errors.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B"), min((2, "b"), (2, "a")))
print(max([1, 5, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len), max(["aa", "bb"], key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0), max(x for x in [1, 8, 3]))
print(max(1, 2.5), min(-1, -1.0), max(True, 1), min([[2], [1, 5]]), max({3: "a", 9: "b"}))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
for call in [lambda: max(), lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, "a"),
             lambda: max(1, 2, default=0), lambda: min([1], key=None, bad=1), lambda: max([1, 2], key=5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([3, 1, 3], key=lambda v: v), max([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(min([(1, "first"), (1, "second")], key=lambda p: p[0]), max("b", "a", key=None))
print(max(range(10 ** 6)), min(map(abs, [-3, 2, -1])))
