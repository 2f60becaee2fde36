# list constructor and methods.
l = list("hello")
print(l, list(), list(range(3)), list((1, 2)), list({3: 4}), list(x for x in "ab"))
l.append("!"); l.extend("ab"); l.insert(0, "S"); l.insert(100, "E"); l.insert(-100, "B")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("l")
print(l, l.index("l"), l.count("l"), l.index(l[-1], 1))
for bad in [lambda: l.remove("zz"), lambda: l.index("zz"), lambda: [].pop(), lambda: [1].pop(5), lambda: l.index("h", 3)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
n = [3, 1, 4, 1, 5, 9, 2, 6]
n.sort(); print(n)
n.sort(reverse=True); print(n)
n.reverse(); print(n)
w = ["banana", "Apple", "cherry"]
w.sort(key=str.lower); print(w)
c = n.copy(); c.clear(); print(c, n[:2])
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
try:
    [].sort(key=1)
    [2, 1].sort(key=1)
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
s = [5, 3, 8]
print(sorted(s), s, list(reversed(s)), s[::-1], max(s), min(s), sum(s))
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m, 5 in s, 7 not in s)
print([1, 2, 3].__len__(), [].__class__.__name__, list.__name__)
big = list(range(1000))
del big[10:]
print(big, big * 0)
print([1, [2, [3, [4]]]], repr([None, True, 1.5, "s", b"b"]))
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
stable.sort(key=lambda p: p[0]); print(stable)
try:
    x = [1, 2, 3]
    x.sort(key=lambda v: (x.append(v), v)[1])
except ValueError as e:
    print(e)
