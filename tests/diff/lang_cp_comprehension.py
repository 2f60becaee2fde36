# Comprehensions: scoping, nesting, conditions, walrus, generator expressions.
print([x * x for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip('abc', range(3))})
print(sum(x for x in range(10)))
g = (x * 2 for x in range(3))
print(next(g), list(g))
x = 'outer'
print([x for x in 'ab'], x)
print([[y for y in range(x)] for x in range(4)])
data = [1, 2, 3, 4]
print([last := v for v in data], last)
print([y for v in data if (y := v * 10) > 15])


def in_function():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total


print(in_function())


def closure_in_comp():
    n = 10
    return [lambda: n + i for i in range(2)]


print([f() for f in closure_in_comp()])
print({(a, b): a * b for a in range(2) for b in range(2)})
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
print(list(zip(*matrix)))
print([i for i in range(3)] + [i for i in range(3, 5)])
gen = (i for i in range(3) if i)
print(type(gen).__name__, gen.__name__, gen.__qualname__, list(gen))


def first_iter_evaluated_outside():
    items = [1, 2]
    return [i for i in items]


print(first_iter_evaluated_outside())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
print(sorted({c for c in 'mississippi'}))
print(dict((i, str(i)) for i in range(3)))
print(any(x > 3 for x in data), all(x > 0 for x in data))
