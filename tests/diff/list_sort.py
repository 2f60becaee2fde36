# list.sort / sorted: keys, reverse, stability, errors, mutation during sort.
data = [5, 2, 8, 2, 9, 1, 5, 5, 0, -3, 7]
l = list(data)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
print(sorted(data, key=lambda x: -x), sorted(data, reverse=1))
words = ["pear", "Apple", "fig", "banana", "kiwi", "Cherry", "date", "elderberry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(i % 4, i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 1009 for i in range(3000)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(range(100, 0, -1))[:5], sorted([3.5, 1, 2.25, -1e9, 10**20]))
runs = list(range(50)) + list(range(49, -1, -1)) + list(range(25))
print(sorted(runs)[::10])
stab = [(k, i) for i, k in enumerate([3, 1, 3, 2, 1, 3, 2] * 40)]
out = sorted(stab, key=lambda t: t[0])
print(all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))
out = sorted(stab, key=lambda t: t[0], reverse=True)
print(all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))

try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
l = [5, 3, None, 1, 4]
try:
    l.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted(l, key=lambda x: -1 if x is None else x))
print(len(l), sorted(x for x in l if x is not None))
try:
    [1, 2, 3].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [1].sort(1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1].sort(cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    [1].sort(reverse="yes")
except TypeError as e:
    print("TypeError:", e)

class Evil:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
    def __repr__(self):
        return "E%d" % self.v

l = []
l.extend(Evil(v, l) for v in [3, 1, 2])
try:
    l.sort()
except ValueError as e:
    print("ValueError:", e)
print(sorted(l, key=lambda e: e.v), len(l))

seen = []
class Peek:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        seen.append(len(self.lst))
        return self.v < other.v
l = []
l.extend(Peek(v, l) for v in [2, 1])
l.sort()
print(seen, [p.v for p in l])

class Boom:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Boom.n += 1
        if Boom.n == 7:
            raise RuntimeError("boom")
        return self.v < other.v
items = [Boom(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(b.v for b in items))

class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print([r.v for r in sorted([Rev(2), Rev(3), Rev(1)])])
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted([]))
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
# A failed comparison leaves a permutation (same one as CPython for short lists).
l = [5, 3, 8, "x", 1, 9, 2]
try:
    l.sort()
except TypeError as e:
    print("TypeError:", e)
print(l)
l = [7, 6, 5, 4, 3, 2, 1, None, 0]
try:
    l.sort(reverse=True)
except TypeError as e:
    print("TypeError:", e)
print(l)
l = [3, 1, 2]
try:
    l.sort(key=lambda v: [v] if v != 2 else (v,))
except TypeError as e:
    print("TypeError:", e)
print(l)
calls = []
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
sorted([C(v) for v in [4, 2, 5, 1, 3, 0, 6]])
print(calls)
