# Random add/discard/pop sequences on sets of ints, strs and big ints: iteration
# orders, set algebra and frozenset hashes must match CPython's (same table
# algorithm); then a dict under random inserts/deletes/popitem.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(60):
    s = set()
    kind = trial % 3
    for step in range(rnd(300) + 1):
        op = rnd(10)
        if kind == 0:
            v = rnd(500) - 250
        elif kind == 1:
            v = "k" + str(rnd(200))
        else:
            v = rnd(1 << 40) * (1 if rnd(2) else -1)
        if op < 6:
            s.add(v)
        elif op < 9:
            s.discard(v)
        elif s:
            s.pop()
    out.append(repr(s))
    t = set(s)
    u = {x for x in s if hash(x) % 3 == 0}
    out.append(repr(s - u) + repr(s & u) + repr(u | s) + repr(s ^ u))
    f = frozenset(s)
    out.append(str(hash(f)))
for line in out:
    print(line)
d = {}
for step in range(5000):
    k = rnd(300)
    op = rnd(10)
    if op < 6:
        d[k] = step
    elif op < 9:
        d.pop(k, None)
    elif d:
        d.popitem()
    if step % 250 == 0:
        print(list(d.items())[:20], len(d))
print(d)
