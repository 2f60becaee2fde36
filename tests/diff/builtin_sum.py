# sum: start values, types, errors.
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 3), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum(x * x for x in range(4)), sum([], start=5))
print(sum([10 ** 20, 10 ** 20]), sum([1e308, 1e308]), sum([2 ** 62, 2 ** 62]), sum([-1, 1.5, 2 ** 64]))
for bad in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum(5), lambda: sum([1, "a"]), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum(map(float, "123")))
