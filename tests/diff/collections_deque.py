from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft('ab')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.index(5), d.count(5), 5 in d, 99 in d)
d.insert(1, 'x'); d.remove('a'); print(d)
d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d, list(reversed(d)))
c = d.copy(); c.clear(); print(c, d == d.copy(), d != c)
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extendleft([100, 200]); print(m)
print(deque([1, 2], maxlen=0), deque('abc', 2))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]))
x = deque([1]); x += [2, 3]; x *= 2; print(x)
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
r = deque([1]); r.append(r); print(r)
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.appendleft(-i)
while len(q) > 5:
    q.popleft()
print(q, sum(q))
errs = [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
        lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
        lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1),
        lambda: deque([1])[0:1], lambda: deque() + [1], 
        lambda: setattr(deque(), "maxlen", 3), lambda: deque("ab", "x"),
        lambda: deque([1]).rotate('a')]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
it = deque([1, 2, 3])
try:
    for v in it:
        it.append(v)
except RuntimeError as e:
    print('RuntimeError', e)
class D(deque):
    pass
print(D([1, 2]), D([1], maxlen=4), isinstance(D(), deque), type(D([1]).copy()).__name__)
print(deque.__name__, deque.__module__, deque[int])
