# assert
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 == 2, 'custom message'
except AssertionError as e:
    print(repr(e))
try:
    assert [], ('tuple', 1)
except AssertionError as e:
    print(e.args)
def msg():
    print('msg evaluated')
    return 'm'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
x = 5
try:
    assert x < 3, f'{x} too big'
except AssertionError as e:
    print(e)
# del semantics
a = [1, 2, 3, 4, 5]
del a[1], a[-1]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, 'x'))
p, q = 1, 2
del p, q
try:
    p
except NameError as e:
    print(type(e).__name__, e)
l = [1, 2]
del (l[0])
print(l)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
class DelItem:
    def __delitem__(self, k): print('delitem', k)
di = DelItem()
del di[1:2], di['x'], di[1, 2]
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
# chained comparisons with side effects
def v(n):
    print('eval', n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print(1 < 2 > 1.5 >= 1 <= 1 != 0 == 0)
print(1 in [1] in [[1]], 'a' not in 'bc' is not None)
x = 5
print(0 < x < 10, 0 < x > 10, x is x is not None)
class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print('lt', self.n, o.n)
        return self.n < o.n
print(Cmp(1) < Cmp(2) < Cmp(0) < Cmp(5))
# conditional expression and boolean short-circuit returns operands
print(0 or 'a', '' and 'b', None or [] or 'last', 1 and 2 and 3, not 0, not 'x')
print([] or {}, (0 and v(99)), 1 or v(98))
# pass / ellipsis statements
...
pass
# global statement at module level is allowed
global gz
gz = 1
print(gz)
# while else / for else with break
for i in range(3):
    pass
else:
    print('for else', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
n = 0
while n < 2:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('not printed')
# augmented assignment evaluates target once
class Counter:
    def __init__(self): self.calls = 0; self.data = [0]
    def get(self):
        self.calls += 1
        return self.data
c = Counter()
c.get()[0] += 5
print(c.calls, c.data)
# int/str ops misc
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, (-2) ** 2, -2 ** 2, 10 / 4, 10 // 4.0)
print(True + True, True * 3, ~True, -True, 3 / True)
