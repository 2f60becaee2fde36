# Generator expressions: laziness, single iteration, scoping.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(10)), max(x % 7 for x in range(20)))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g2 = (v + 100 for v in noisy(3))
print("created")
for v in g2:
    print("got", v)
try:
    (1 / x for x in [1, 0])
    print("no error yet")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("error", e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
print(list((x, y) for x in range(2) for y in "ab"))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(dict((k, k * 2) for k in range(3)), set(c for c in "aab" if c == "a"))
print(",".join(str(i) for i in range(5)))
print(tuple(x for x in "xyz"))
gen = (i for i in range(3))
print(iter(gen) is gen, gen.__next__())
gen.close()
print(list(gen))
print(min((len(w), w) for w in ["ccc", "a", "bb"]))
