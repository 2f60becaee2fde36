# each snippet runs in a fresh namespace
S = r'''
class A:
    def __getitem__(self, k): return k
a = A()
print(a[1, 2], a[*[1, 2]], a[*[1], 3], a[1:2, ...])
###
print(0_0, 1_0.0_1e1_0, 1_000j, 0x_ff, 0b_1, 0o_7, 1., .5, 1e-0, 00, 0e0)
###
print(rb'\n', Rb'\x', BR'a', br'\d', rB'z', u'u', U'U', R'\t', f'{1}' F'{2}')
###
print(b'%s %d %x' % (b'ab', 5, 255), b'%r' % 'é' if False else '', b'%c' % 65, b'%5s|' % b'x')
###
café = 1; ñ = 2; 変数 = 3
print(café + ñ + 変数)
###
x = 1; y = 2; print(x + \
  y)
if x: print('one-line if'); print('second')
###
print(__debug__, type(__debug__))
###
def f(a, /, b, *, c): return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
###
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b=2: a + b)(1))
###
print([y for x in [[1, 2], [3]] for y in x if y != 2], {x: x**2 for x in range(3)}, {x % 2 for x in range(5)})
###
print([(x, y) for x in range(3) if x for y in range(x) if y < 1])
###
print(any(v := x for x in [0, 0, 5]), v if 'v' in dir() else '')
###
if (n := 10) > 5: print('walrus', n)
while (chunk := [1, 2][:0]): pass
print([y := 5, y ** 2])
###
print(*[1], *(2,), *{3: 4}, sep=',')
print(dict(**{'a': 1}, b=2), {**{'a': 1}, **{'a': 2}})
###
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = 0
x += 1
print(x, y, z)
###
l = [1, 2, 3]
l[0], l[1] = l[1], l[0]
print(l)
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(l)
###
s = 'abc'
print(s[-1], s[:-1], s[::-1], s[10:], s[-10:2], s[1:1])
###
t = 1, 
print(t, type(t), (), (1), ((1,),))
###
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 1 + 2 * 3 - 4 / 2, 7 // 2 * 2, 1 << 2 + 1, 5 & 3 | 8, ~0 ^ 1)
###
print(1 if 0 else 2 if 0 else 3, [1, 2][True], 'ab' * 0, [] * 5)
###
print(type(...), ... is Ellipsis, repr(Ellipsis), str(...))
###
print(int.__name__, (1).__class__.__name__, 1 .real, 1.0.is_integer(), 3 .bit_length())
###
def f(): """doc"""; return 1
print(f.__doc__, f())
###
class A: x = 1; y = 2
print(A.x + A.y)
###
for i in range(2): print('loop', i); print('again')
###
try: raise ValueError('x')
except ValueError as e: print('short', e)
finally: print('short finally')
###
import sys as system, collections.abc as cabc
print(system.__name__, cabc.__name__)
###
from math import (
    sqrt,
    floor,
)
print(sqrt(4), floor(2.5))
###
x = [
    1,
    2,  # comment
]
print(x)
###
print("implicit" " concat" ' more', 'a' 'b' == 'ab')
###
print(f"{'nested'}", f'{"a" + "b"}', f"{'x'!r}")
###
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e-320 > 0, float('1e400'))
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
