s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), s.indices(100), slice(None).indices(3), slice(-1, None, -1).indices(4))
for args in [(None, None, -1), (5, 0, -2), (-100, 100, 3), (0, 0, 1), (3, 1, None), (None, -1, None), (2**70, None, -1)]:
    sl = slice(*args)
    print(args, sl.indices(7), list(range(7))[sl], "abcdefg"[sl], tuple(range(7))[sl], list(range(7)[sl]))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a").indices(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2]["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[1.0:]
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self): return 1
print([0, 1, 2, 3][I():], "abcd"[:I()], slice(I(), None).indices(4), range(10)[I():I()*5:I()*2])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 3) != slice(1, 2), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
print(repr(slice(1.5, "a", [1])), slice(None, None, None), str(slice(-1)))
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[10:], r[-100:2], list(r[1:-1:2]), 9 in r, 10 in r, r.index(9), r.count(9))
try:
    r.index(10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
print(range(5, 0, -1)[1:3], list(range(5, 0, -1)[::-2]), range(0), range(0)[:], range(3)[5:], range(-3)[0:0], list(range(3, -3, -2)))
print(range(1, 10) == range(1, 10, 1), range(0) == range(1, 1), range(0, 4, 2) == range(0, 3, 2), range(3) != range(4), range(1) == [0])
big = range(-2**100, 2**100, 2**90)
print(len(big), big[0], big[-1], big[5], 0 in big, 2**90 * 7 in big, big.index(2**90), big[1:3], big[::2**20])
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64).__len__ if False else 0, range(2**64)[2**63], range(2**64)[-1], list(reversed(range(2**64 - 2, 2**64))))
try:
    range(0, 1, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(range(I()), range(I(), 5), list(range(I(), 5, I())), bool(range(0)), bool(range(-1, 0)), hash(range(3)) == hash(range(0, 3)))
print(sorted(range(5), reverse=True), max(range(5)), sum(range(101)), list(map(lambda x: x * x, range(4))), [*range(3)], set(range(3)))
print(range(10).start, range(10).stop, range(10).step, range(2, 10, 3).stop)
try:
    range(10).start = 1
except AttributeError as e:
    print(type(e).__name__)
