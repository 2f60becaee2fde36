# weakref.KeyedRef and the WeakSet update methods.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


objs = [Obj(i) for i in range(6)]
a, b, c, d, e, f = objs

r = weakref.KeyedRef(a, None, 'key-a')
print(r() is a, r.key, isinstance(r, weakref.ref), issubclass(weakref.KeyedRef, weakref.ReferenceType))
print(r.__callback__, weakref.KeyedRef.__slots__)
cb = lambda ref: None
r2 = weakref.KeyedRef(b, cb, 42)
print(r2.key, r2.__callback__ is cb, r2() is b)
r2.key = 'changed'
print(r2.key)
try:
    weakref.KeyedRef(a, None)
except TypeError as exc:
    print('TypeError', exc)
try:
    r.other = 1
except AttributeError as exc:
    print('AttributeError')
print(weakref.KeyedRef(a, None, 1) == weakref.ref(a))


def names(ws):
    return sorted(o.n for o in ws)


s = weakref.WeakSet([a, b, c])
s.difference_update([b, d])
print(names(s))
s.intersection_update([a, c, e])
print(names(s))
s.intersection_update(weakref.WeakSet([c]))
print(names(s))
s = weakref.WeakSet([a, b, c])
t = s.symmetric_difference([c, d])
print(type(t).__name__, names(t), names(s))
print(names(s ^ weakref.WeakSet([a, e])))
s.symmetric_difference_update([a, f])
print(names(s))
s.symmetric_difference_update(s)
print(names(s), len(s))
s = weakref.WeakSet([a, b])
s.difference_update(s)
print(names(s))
s = weakref.WeakSet([a, b, c])
s -= weakref.WeakSet([a])
print(names(s))
s &= weakref.WeakSet([b, d])
print(names(s))
s |= weakref.WeakSet([e])
print(names(s))
s ^= weakref.WeakSet([e, f])
print(names(s))
x = weakref.WeakSet([a, b])
y = weakref.WeakSet([a, b, c])
print(x <= y, x < y, y >= x, y > x, x < x, x.isdisjoint([c]), x.isdisjoint([a]))
print(x.difference_update([]), x.intersection_update([a, b]), x.symmetric_difference_update([]))
public = sorted(n for n in dir(weakref.WeakSet) if not n.startswith('_'))
print(public)
print('KeyedRef' in dir(weakref))
