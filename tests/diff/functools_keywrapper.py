# functools.cmp_to_key: one KeyWrapper type for all cmp functions (keys from
# different cmp_to_key calls compare), its call and error rules.
import functools, random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
t(lambda: (type(K), K.obj))
k = K(3)
t(lambda: (type(k), k.obj, k < K(4), k == K(3), k >= K(2), k > K(9), k <= K(3)))
t(lambda: hash(k))
t(lambda: K())
t(lambda: K(1, 2))
t(lambda: K(obj=5).obj)
t(lambda: K(bad=5))
t(lambda: k < 5)
t(lambda: functools.cmp_to_key())
t(lambda: type(functools.cmp_to_key(mycmp=len)).__name__)
k.obj = 9
t(lambda: k.obj)
t(lambda: type(K)())
t(lambda: sorted([3, 1, 2], key=K))
t(lambda: hasattr(functools, 'KeyWrapper'))
L = [functools.cmp_to_key(lambda x, y: x < y)(x) for x in range(20)]
random.seed(0)
random.shuffle(L)
t(lambda: [x.obj for x in sorted(L)] == [y[1].obj for y in sorted([(0, x) for x in L])])
t(lambda: sorted(['b', 'a', 'c'], key=functools.cmp_to_key(lambda a, b: (a < b) - (a > b))))
