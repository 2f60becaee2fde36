# Lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, b=2))
print(sq.__name__, (lambda: 0).__qualname__)
add = lambda a, b=10, *, c=100: a + b + c
print(add(1), add(1, 2), add(1, 2, c=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
curry = lambda a: lambda b: lambda c: a * b * c
print(curry(2)(3)(4))
print((lambda x: (lambda y: x + y))(1)(2))
fs = {op: (lambda o: lambda a, b: eval(f"a {o} b"))(op) for op in "+-*"}
print(fs["+"](3, 4), fs["-"](3, 4), fs["*"](3, 4))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(1), cond(0), cond(-1))
print((lambda: (yield 1))().__class__.__name__)
recursive = lambda n: 1 if n == 0 else n * recursive(n - 1)
print(recursive(6))
print((lambda x, /, y: (x, y))(1, y=2))
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(e)
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: len(p[1])))
print(list(map(lambda s: s[::-1], ["abc", "de"])))
print((lambda *args: sum(args))(1, 2, 3, 4))
print((lambda **kw: sorted(kw))(z=1, a=2))
