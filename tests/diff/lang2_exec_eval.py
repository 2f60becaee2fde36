g = {'a': 1}
l = {'b': 2}
exec('c = a + b', g, l)
print(sorted(l), 'c' in g, '__builtins__' in g)
print(eval('a + b', g, l), eval('a', {'a': 5}))
exec('def f(): return a', g, l)
print(l['f'](), l['f'].__globals__ is g)
exec('x = 1\ndef h(): return x', g, l)
try:
    l['h']()
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec('import sys as s\nclass K: v = 1', ns)
print(sorted(k for k in ns if not k.startswith('__')), ns['K'].__module__)
print(eval('__name__', {}), eval('__name__', {'__name__': 'custom'}))
code = compile('1 + 2', '<expr>', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
code = compile('y = 5', '<ex>', 'exec')
d = {}
print(exec(code, d), d['y'])
code = compile('3 * 3', '<s>', 'single')
exec(code)
try:
    eval('x =')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile('a', '<x>', 'bad')
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval('import os')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval('1', [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval('1', {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, k):
        if k == 'magic': return 42
        raise KeyError(k)
print(eval('magic', {}, Mapping()))
try:
    eval('nothing', {}, Mapping())
except NameError as e:
    print(type(e).__name__, e)
def func():
    loc = 1
    exec('loc = 2')
    return loc
print(func())
def func2():
    exec('newvar = 3')
    return locals().get('newvar')
print(func2())
def func3():
    a = 1
    return eval('a + 1')
print(func3())
def func4():
    a = 1
    return eval('[a for _ in range(2)]')
try:
    print(func4())
except NameError as e:
    print(type(e).__name__, e)
print(eval('(lambda q: q * 2)(4)'))
print(eval(' 1 + 1 '), eval('\n1\n'.strip()))
exec('print("from exec")')
src = 'for i in range(2):\n    print("loop", i)\n'
exec(src)
print(eval('[x for x in range(3)]', {'__builtins__': {'range': range}}))
try:
    eval('len([])', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
g2 = {}
exec('def gen(): yield 1', g2)
print(list(g2['gen']()))
print(eval(b'1 + 1'), exec(b'pass'))
print(eval(compile('lambda: 1', '', 'eval'))())
exec('global gg\ngg = 10')
print(gg)
exec('print(__name__)')
print(eval('dir()', {'z': 1}))
