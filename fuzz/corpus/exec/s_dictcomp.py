d = {k: v for k, v in zip('abc', range(3)) if v}
s = {x for x in d}
g = (x*x for x in range(5))
print(d, sorted(s), sum(g))
