# dict and set comprehensions; dict ordering.
sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 3: x for x in range(10)})
print({x for x in [1, 2, 2, 3, 3, 3]})
print(sorted({x % 4 for x in range(20)}))
print({(x, y): x * y for x in range(2) for y in range(2)})
print({c: i for i, c in enumerate("banana")})
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print(dict.fromkeys("abc", 0))
print({**{i: i for i in range(3)}, 1: "one"})
print({i: {j: i * j for j in range(2)} for i in range(2)})
s = {frozenset({1, 2}), frozenset({2, 1})}
print(len(s))
print({n for n in range(10) if n > 3 if n < 7})
print(type({}).__name__, type({1}).__name__, type({x: x for x in ()}).__name__)
d = {}
for k in [3, 1, 2]:
    d[k] = str(k)
del d[1]
d[1] = "again"
print(d, list(d), list(d.values()))
