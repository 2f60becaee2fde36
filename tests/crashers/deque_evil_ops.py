# deque mutated during comparison, index, count, remove, rotate; maxlen edge cases
from collections import deque
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class MutEq:
    def __init__(self, d, act):
        self.d = d; self.act = act
    def __eq__(self, other):
        self.act(self.d)
        return False
d = deque(range(10))
attempt("count clearing", lambda: d.count(MutEq(d, lambda d: d.clear())))
d = deque(range(10))
attempt("index clearing", lambda: d.index(MutEq(d, lambda d: d.clear())))
d = deque(range(10))
attempt("remove appending", lambda: d.remove(MutEq(d, lambda d: d.append(1))))
d = deque(range(10))
attempt("in popping", lambda: MutEq(d, lambda d: d.pop() if d else None) in d)
d = deque(range(10))
attempt("remove rotate", lambda: d.remove(MutEq(d, lambda d: d.rotate(1))))
d = deque([MutEq(None, None)])
d1 = deque([1]); 
attempt("deque eq", lambda: deque([MutEq(d1, lambda d: d.clear())]) == d1)
it_d = deque(range(5))
it = iter(it_d)
next(it)
it_d.append(9)
attempt("iter after mutate", lambda: next(it))
it_d = deque(range(5))
rit = reversed(it_d)
it_d.appendleft(1)
attempt("reversed after mutate", lambda: next(rit))
attempt("maxlen 0", lambda: (lambda q: (q.append(1), q.extend(range(5)), list(q)))(deque(maxlen=0)))
attempt("maxlen neg", lambda: deque(maxlen=-1))
attempt("maxlen huge", lambda: deque(maxlen=2**70))
attempt("rotate huge", lambda: (lambda q: (q.rotate(10**18), list(q)))(deque(range(7))))
attempt("rotate -huge", lambda: (lambda q: (q.rotate(-10**18 - 3), list(q)))(deque(range(7))))
attempt("rotate toobig", lambda: deque([1]).rotate(2**70))

attempt("mul neg", lambda: deque([1, 2]) * -3)
attempt("imul maxlen", lambda: (lambda q: (q.__imul__(1000), list(q)))(deque([1, 2, 3], maxlen=4)))
q = deque(range(3))
attempt("extend self", lambda: (q.extend(q), list(q))[1])
q = deque(range(3))
attempt("extendleft self", lambda: (q.extendleft(q), list(q))[1])
q = deque(range(3))
q += q
attempt("iadd self", lambda: list(q))
q = deque(range(5))
def gen():
    for i in range(3):
        q.clear()
        yield i
attempt("extend clearing gen", lambda: (q.extend(gen()), list(q))[1])
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("insert big index", lambda: (lambda q: (q.insert(10**30, 5), list(q)))(deque([1, 2])))
attempt("getitem big", lambda: deque([1])[10**30])
attempt("del neg", lambda: (lambda q: (q.__delitem__(-3), list(q)))(deque([1, 2, 3])))
class BadIndex:
    def __index__(self): return 2**80
attempt("getitem bad index", lambda: deque([1])[BadIndex()])
r = deque()
r.append(r)
attempt("recursive repr", lambda: repr(r))
attempt("copy", lambda: deque(range(3), 2).copy())
q = deque(range(100))
def key(x):
    q.clear()
    return x
attempt("sorted key clearing", lambda: len(sorted(q, key=key)))
attempt("deque init twice", lambda: (lambda q: (q.__init__([7, 8]), list(q)))(deque([1, 2])))
q = deque(range(4))
def m(x):
    q.__init__([x * 10])
    return x
attempt("init during map", lambda: list(map(m, q)))
