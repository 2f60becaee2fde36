# range objects: construction, len, indexing, slicing, containment, equality,
# hashing, big values, iteration and reversal.
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("->", repr(r))

for r in [range(5), range(2, 10), range(2, 10, 3), range(10, 2, -2), range(0), range(5, 5), range(-5, 5, 4),
          range(10, 0), range(0, -10, -1), range(1, 2, 100)]:
    print(r, len(r), list(r), r.start, r.stop, r.step, bool(r), list(reversed(r)))
show(range)
show(range, 1, 2, 3, 4)
show(range, 1.5)
show(range, "3")
show(range, 0, 5, 0)
show(lambda: range(stop=3))
show(range, None)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-7], r[1:4], r[::-1], r[::2], r[5:1:-2], r[100:], r[-100:2], r[:])
show(lambda: r[7])
show(lambda: r[-8])
show(lambda: r["a"])
show(lambda: r[1.0])
show(lambda: r[::0])
print(7 in r, 8 in r, 31 in r, 3 in r, -1 in r, 7.0 in r, 8.0 in r, "a" in r, True in range(2), False in range(1, 3))
print(r.index(11), r.count(11), r.count(12), r.count(11.0), r.index(11.0))
show(r.index, 12)
show(r.index, "x")
show(r.index)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 9))
print(range(3) == [0, 1, 2], range(3) != range(4), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(hash(range(5)), hash(range(1, 11, 3)), hash(range(7, 8, 5)) == hash(range(7, 8)))
show(lambda: range(3) < range(4))
big = range(2**70)
print(big, big[-1], big[2**65], big[::2**60][3], 2**69 in big, -1 in big, big.index(12345), big.count(2**70))
show(len, big)
print(len(big[:10]), big[10:20], bool(big), bool(range(2**70, 0)), big[2**70 - 1:], big[::-1][0])
print(list(range(2**62, 2**62 + 3)), list(range(-2**63 - 2, -2**63 + 2)), list(range(2**64, 2**64 + 10, 4)))
print(list(reversed(range(2**63 - 2, 2**63 + 2))), list(reversed(range(-3, 2**64, 2**63))))
nb = range(10**20, 10**20 + 30, 7)
print(nb, len(nb), list(nb), nb[1:3], 10**20 + 7 in nb, nb.index(10**20 + 14))
print(sum(range(1000)), sum(range(0, 1000, 7)), max(range(-5, 5)), min(range(5, -5, -1)), sorted(range(3, 0, -1)))
print(range(True, 4), range(False), list(range(3))[::-1], tuple(range(2)), set(range(4)))
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), range(0, 8, I()), range(8)[I()], range(10)[I():])
it = iter(range(3))
print(next(it), list(it), list(it), type(iter(range(3))).__name__, type(iter(range(2**70))).__name__)
it = iter(range(5))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(repr(range(1, 2, 1)), str(range(1, -2, -1)), range(0, 10)[3:7][1:], range(5)[2:][::-1])
