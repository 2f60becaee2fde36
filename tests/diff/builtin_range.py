# range objects.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
r = range(1, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 7 in r, 8 in r, r.index(13), r.count(4))
print(range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, repr(range(3)), str(range(1, 3)), repr(range(0, 10, 2)))
big = range(10 ** 20)
print(len(range(10 ** 9)), big[-1], big[10 ** 19], 10 ** 19 in big, big[::10 ** 19])
try:
    len(big)
except OverflowError as e:
    print(e)
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: r[100], lambda: r.index(2), lambda: range("1")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(list(reversed(range(4))), sum(range(101)), max(range(-5, 5)), list(range(-3, 3)))
print(1.0 in range(3), "a" in range(3), list(range(3, -4, -3)), range(3)[-3])
print(bool(range(0)), bool(range(1)), range(5)[1:-1], list(range(5)[1:-1]))
