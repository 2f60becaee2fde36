# List comprehensions: filters, nesting, multiple for clauses.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "hello" if c != "l"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([x if x > 2 else -x for x in range(5)])
print([(lambda v: v + 1)(x) for x in range(3)])
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs])
funcs = [lambda x=x: x for x in range(3)]
print([f() for f in funcs])
print([a + b for a, b in zip("abc", "xyz")])
print([k for k, v in {"a": 1, "b": 0, "c": 2}.items() if v])
print([i for i, in [(1,), (2,)]])
print([*range(2)] + [x for x in [*"ab"]])
print([x for x in []], [[] for _ in range(2)])
print(sum([x for x in range(101)]), len([0 for _ in "abcd"]))
words = ["apple", "banana", "cherry", "date"]
print([w[0] for w in words if len(w) > 4])
print([(w, len(w)) for w in sorted(words, key=len)])
print([x for x in range(3) for x in range(x, x + 2)])
nested = [[1, [2, 3]], [4, [5, 6]]]
print([b for a, (b, c) in nested], [c for _, (_, c) in nested])
print([y for x in [[1, 2], [3]] for y in x])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([s.strip() for s in " a , b ,c ".split(",")])
x = "outer"
print([x for x in "in"], x)
print(type([i for i in range(0)]).__name__)
