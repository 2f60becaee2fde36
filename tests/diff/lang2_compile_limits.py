S = r'''
src = 'x = ' + '(' * 150 + '1' + ')' * 150
exec(src); print('150 parens ok')
###
src = 'x = ' + '(' * 250 + '1' + ')' * 250
try:
    exec(src); print('250 parens ok')
except (SyntaxError, RecursionError, MemoryError) as e: print(type(e).__name__, e)
###
src = ''
for i in range(21):
    src += '    ' * i + f'for i{i} in range(1):\n'
src += '    ' * 21 + 'pass\n'
try:
    exec(src); print('21 nested loops ok')
except SyntaxError as e: print(type(e).__name__, e)
###
src = ''
for i in range(19):
    src += '    ' * i + f'for i{i} in range(1):\n'
src += '    ' * 19 + 'pass\n'
exec(src); print('19 nested ok')
###
args = ', '.join(f'a{i}' for i in range(300))
exec(f'def f({args}): return a299\nprint(f(*range(300)))')
###
exec('print(' + '+'.join(['1'] * 1000) + ')')
###
print(eval('[' + ','.join(str(i) for i in range(5000)) + '][-1]'))
###
print(-0.0, 2**-1, 'a' * 3, -(1j), 1+2j, (1+2j).conjugate(), 0j, -0j, complex(-0.0, -0.0))
###
print(1 if True else 2, (lambda: 1)(), not not [], 10 ** 20, 2 ** 64 - 1, -2 ** 63)
###
x = 5
print(x.__class__, (5).__add__(3), x.real, x.imag, x.numerator, x.denominator)
###
print(__builtins__ is not None, type(__builtins__).__name__ in ('module', 'dict'))
###
s = 'x' * 10
print(s is not None, len(s * 1000))
###
def f(): return f
print(f()()()() is f)
###
a = b = []
a.append(1)
print(b, a is b)
###
import sys
print(sys.getsizeof(1) > 0 if hasattr(sys, 'getsizeof') else True)
###
src = 'def f():\n' + ''.join(f'    v{i} = {i}\n' for i in range(1000)) + '    return v999\nprint(f())'
exec(src)
###
src = 'x = 0\n' + 'x += 1\n' * 5000 + 'print(x)'
exec(src)
###
d = eval('{' + ','.join(f'{i}: {i}' for i in range(2000)) + '}')
print(len(d), d[1999])
###
print(eval('"' + 'a' * 10000 + '"')[-3:])
###
src = 'if x:\n' + '    pass\n' + ''.join(f'elif x == {i}:\n    pass\n' for i in range(500))
exec(src, {'x': 0}); print('long elif ok')
###
e = 'x'
for i in range(100):
    e = f'({e} + 1)'
print(eval(e, {'x': 0}))
###
e = '1'
for i in range(60):
    e = f'[{e}]'
print(len(str(eval(e))))
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
