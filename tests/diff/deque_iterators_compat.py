# deque iterators as CPython's _collections._deque_iterator /
# _deque_reverse_iterator (construction, pickling with the deque, mutation
# errors), weakrefs to deques, pickles of subclasses with __slots__.
import pickle, copy, weakref
from collections import deque
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = deque('abc')
it = iter(d)
t(lambda: (type(it), it.__reduce__(), it.__length_hint__()))
next(it)
t(lambda: it.__reduce__())
r = reversed(d)
t(lambda: (type(r), r.__reduce__()))
next(r)
t(lambda: (r.__reduce__(), r.__length_hint__()))
t(lambda: (list(type(it)(d, 1)), list(type(r)(d, 1)), list(type(r)(d, 99))))
t(lambda: type(it)())
t(lambda: type(it)([1]))
for x in it:
    pass
t(lambda: it.__reduce__())
d2 = deque('ab')
it2 = iter(d2)
d2.append('c')
t(lambda: next(it2))
t(lambda: it2.__reduce__())
t(lambda: next(it2))
t(lambda: (type(it).__module__, type(it).__qualname__, type(r).__qualname__))

orig = deque(range(10))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    itorg = iter(orig)
    next(itorg)
    it3, d3 = pickle.loads(pickle.dumps((itorg, orig), proto))
    for i in range(len(d3)):
        d3[i] = i * 10
    print(proto, type(it3).__name__, list(it3))
rev = reversed(orig)
next(rev)
it4, d4 = pickle.loads(pickle.dumps((rev, orig)))
print(type(it4).__name__, list(it4))

w = weakref.ref(d)
t(lambda: w() is d)
t(lambda: str(weakref.proxy(d)))

class DequeWithSlots(deque):
    __slots__ = ('x', 'y', '__dict__')
e = DequeWithSlots('ab')
e.x = 1
e.z = 2
t(lambda: e.__reduce__()[:3])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = pickle.loads(pickle.dumps(e, proto))
    print(proto, type(f).__name__, list(f), f.x, f.z, hasattr(f, 'y'))
g = copy.copy(e)
t(lambda: (list(g), g.x, g.z))
g = copy.deepcopy(e)
t(lambda: (list(g), g.x, g.z))
import _collections
t(lambda: _collections.deque is deque)
