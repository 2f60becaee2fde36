# Assignment forms: chained, tuple/list/star unpacking, targets, augmented, del, walrus.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q], r = (3, 4), 5
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
h, *t = [1]
print(h, t)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)


class Obj:
    pass


o = Obj()
o.attr = 10
o.attr += 5
print(o.attr)
lst = [0, 1, 2, 3, 4]
lst[0] = 'zero'
lst[1:3] = ['a', 'b', 'c']
print(lst)
lst[-1] *= 3
print(lst)
d = {}
d['k'] = 1
d['k'] += 41
print(d)
n = 7
n -= 2; n *= 3; n //= 2; n %= 5; n **= 3; n <<= 2; n >>= 1; n |= 1; n ^= 3; n &= 0xff
print(n)
s = 'ab'
s *= 3
print(s)
m = [1, 2]
m2 = m
m += [3]
print(m2, m is m2)
tup = (1,)
t2 = tup
tup += (2,)
print(t2, tup)
del lst[0]
del lst[1:3]
print(lst)
del o.attr
print(hasattr(o, 'attr'))
del d['k']
print(d)
v = 3
del v
try:
    print(v)
except NameError as e:
    print(e)
if (w := 10) > 5:
    print('walrus', w)
vals = [y := 1, y + 1]
print(vals, y)
i = 0
while (i := i + 1) < 3:
    print('loop', i)
a, b = c, d = 1, 2
print(a, b, c, d)
x = y = []
x.append(1)
print(y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
big = list(range(40))
z0, z1, *zs, z39 = big
print(z0, z1, len(zs), z39)
print([*range(3), *'ab', 9])
print((*range(2), 5))
print({*range(3), 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
long_list = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]
print(len(long_list), long_list[-1])
nv = 1
long_var = [nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv, nv]
print(sum(long_var))
print(-1, +2, ~3, not 0, -0.0, (1, -2), 2 ** -1)
print(0x_ff, 0o17, 0b101, 1_000_000, 1e3, 1.5j, 10 ** 20)
print(type(-5), (1, 2) == (1, 2))
