# SyntaxErrors raised by the symbol table and the compiler (message and location).
cases = [
    'nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal y\n',
    'def f(x, x): pass\n',
    'lambda a, a: 0\n',
    'class C:\n    [y := 1 for x in z]\n',
    'x = 1\nglobal x\n',
    'def f(a):\n    global a\n',
    'def f(a):\n    nonlocal a\n',
    'print(x)\nglobal x\n',
    'def f():\n    print(x)\n    nonlocal x\n',
    'def f():\n    x: int\n    global x\n',
    '[(yield) for x in y]\n',
    '{(yield) for x in y}\n',
    '{x: (yield) for x in y}\n',
    '((yield) for x in y)\n',
    '[x for x in (y := [1])]\n',
    '[i := 0 for i in range(3)]\n',
    'return 1\n',
    'class C:\n    return 1\n',
    'for x in y:\n    pass\nbreak\n',
    'continue\n',
    'while x:\n    def f():\n        break\n',
    'yield 1\n',
    'class C:\n    yield 1\n',
    'await x\n',
    'def f():\n    await x\n',
    'a, *b, *c = 1\n',
    '*b = 1\n',
    'print(*b)\n*b\n',
    'f(a=1, a=2)\n',
    'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
    'def f():\n    try:\n        pass\n    except* E:\n        return\n',
    'for x in y:\n    try:\n        pass\n    except* E:\n        break\n',
    'match x:\n    case y:\n        pass\n    case 1:\n        pass\n',
    'match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
    'match x:\n    case [a, a]:\n        pass\n',
    'match x:\n    case a | [b]:\n        pass\n',
    'match x:\n    case {1: a, 1: b}:\n        pass\n',
    'match x:\n    case C(a=1, a=2):\n        pass\n',
    'def f():\n    from m import *\n',
    'def f(a):\n    def g():\n        nonlocal a\n        global a\n',
]
for src in cases:
    try:
        compile(src, 'case.py', 'exec')
        print('compiled?!', repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec('def f():\n    x = 1\n    del x\n    return x\nf()')
except UnboundLocalError as e:
    print('UnboundLocalError', e)
print(eval('1 + 2 * 3'), eval('[x for x in range(3)]'))
ns = {}
exec('a = 5\nb = a * 2', ns)
print(ns['a'], ns['b'])
code = compile('x = 1', 'f.py', 'exec')
print(type(code).__name__, code.co_filename, code.co_name)
