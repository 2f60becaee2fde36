# Random slices (start/stop/step incl. None and negatives) on lists, tuples,
# ranges and strs: get, assign (extended-slice size errors) and delete.
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def idx():
    r = rnd(12)
    if r == 0:
        return None
    return rnd(30) - 15
for trial in range(400):
    n = rnd(12)
    base = list(range(n))
    st = idx()
    if st == 0:
        st = None
    sl = slice(idx(), idx(), st)
    l = list(base)
    op = rnd(3)
    try:
        if op == 0:
            r = (l[sl], tuple(base)[sl], range(n)[sl], "abcdefghijkl"[:n][sl])
        elif op == 1:
            m = rnd(6)
            l[sl] = ["x"] * m
            r = l
        else:
            del l[sl]
            r = l
        print(trial, sl, r)
    except Exception as e:
        print(trial, sl, type(e).__name__, e)
