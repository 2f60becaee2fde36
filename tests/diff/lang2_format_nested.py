S = r'''
print('{:{}}|'.format('a', 5), '{:>{w}.{p}f}'.format(3.14159, w=10, p=2), '{0!r:^{1}}'.format('x', 7), '{a[0]}{b.real}'.format(a=[1], b=2))
###
try:
    '{:{}{}{}}'.format(1, 2, 3, 4)
except ValueError as e: print(e)
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e: print(e)
try:
    '{0}{}'.format(1, 2)
except ValueError as e: print(e)
try:
    '{}{0}'.format(1, 2)
except ValueError as e: print(e)
try:
    '{!x}'.format(1)
except ValueError as e: print(e)
try:
    '{'.format(1)
except ValueError as e: print(e)
try:
    '}'.format(1)
except ValueError as e: print(e)
try:
    '{0.}'.format(1)
except ValueError as e: print(e)
try:
    '{0[}'.format(1)
except ValueError as e: print(e)
try:
    '{a.b}'.format(a=1)
except AttributeError as e: print(e)
###
print('{{}} {{{}}}'.format(5), '{0}{0}'.format('ab'), '{:%}'.format(0.25), '{:,d}'.format(1234567), '{:#_x}'.format(2**20))
###
class A:
    def __format__(self, spec): return '<' + spec + '>'
print('{:abc{}}'.format(A(), 'def'), f'{A():{"x"}{"y"}}', format(A(), '!'))
###
print(f"{'{'}", f"{'}'}", f'{{{1}}}', f'{"{}".format(2)}')
###
w = 6
print(f'{"left":<{w}}|{"r":>{w}}|{3.5:^{w}.1f}|')
###
print(f'{1:{""}}', f'{"x":{""}>3}')
###
import math
print(f'{math.pi:.3}', f'{math.pi:10.4f}|', f'{-math.inf}', f'{math.nan:>5}', f'{1e-7}', f'{1e16:.0f}')
###
x = 3
print(f'{x!r:>{x}}', f'{x:0{x}d}', f'{"abc"[1:]}', f'{[1,2][x-3]}', f'{x:{"+"}}')
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
