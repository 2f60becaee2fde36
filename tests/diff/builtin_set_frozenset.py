# set and frozenset with small ints (deterministic order).
s = {3, 1, 2}
print(s, set(), set([1, 1, 2]), set("aa"), frozenset([2, 1]), frozenset())
print(s | {4}, s & {1, 5}, s - {1}, s ^ {1, 9}, s.union([7], (8,)), s.intersection(range(3)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2, 5]))
t = set()
t.add(5); t.add(5); t.update([6, 7], {8})
print(t, len(t), 5 in t, 9 not in t)
t.discard(5); t.discard(100)
print(t)
t.remove(6)
try:
    t.remove(6)
except KeyError as e:
    print("KeyError", e)
print(t.pop() in {7, 8}, len(t))
t.clear()
try:
    t.pop()
except KeyError as e:
    print(e)
fs = frozenset([1, 2, 3])
print(fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([3, 2, 1])))
try:
    fs.add(1)
except AttributeError as e:
    print(e)
print({frozenset([1]): "ok"}[frozenset([1])], {1, 2} == frozenset([1, 2]))
u = {1, 2, 3}
u -= {1}
u |= {10}
u &= {2, 10, 11}
u ^= {2, 20}
print(u)
print(set(range(10)) - set(range(0, 10, 2)), sorted({-1, -5, 3}), {x * x for x in range(-3, 4)})
for bad in [lambda: {[]}, lambda: set(5), lambda: {1} + {2}, lambda: {1} < [1]]:
    try:
        bad()
    except TypeError as e:
        print(e)
big = set(range(100))
big2 = {i for i in big if i % 7 == 0}
print(big2, len(big), min(big), max(big))
print({1, 2}.copy(), {1}.difference_update([1]) , s.symmetric_difference([2, 3, 4]))
print(repr(set()), repr(frozenset()), repr(frozenset({1})), str({1}))
print({0, 1, 2, 32, 64, 33}, {100, 5, 17, 3})
