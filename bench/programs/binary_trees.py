import sys
def make(d):
    return (make(d - 1), make(d - 1)) if d else (None, None)
def check(t):
    l, r = t
    return 1 if l is None else 1 + check(l) + check(r)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 14
mind, maxd = 4, max(6, N)
print("stretch tree of depth %d\t check: %d" % (maxd + 1, check(make(maxd + 1))))
long_lived = make(maxd)
for d in range(mind, maxd + 1, 2):
    it = 2 ** (maxd - d + mind)
    c = 0
    for _ in range(it):
        c += check(make(d))
    print("%d\t trees of depth %d\t check: %d" % (it, d, c))
print("long lived tree of depth %d\t check: %d" % (maxd, check(long_lived)))
