# each snippet runs in a fresh namespace
S = r'''def f():
    a = 1
    def g():
        nonlocal a
        a = 2
        print(sorted(locals()))
    g()
    return a
print(f())
###
try:
    exec("def f():\n    nonlocal q\n")
except SyntaxError as e: print(e)
try:
    exec("nonlocal q")
except SyntaxError as e: print(e)
try:
    exec("def f(a):\n    global a\n")
except SyntaxError as e: print(e)
try:
    exec("def f():\n    x = 1\n    global x\n")
except SyntaxError as e: print(e)
try:
    exec("def f(a, a): pass")
except SyntaxError as e: print(e)
try:
    exec("return")
except SyntaxError as e: print(e)
try:
    exec("yield 1")
except SyntaxError as e: print(e)
try:
    exec("break")
except SyntaxError as e: print(e)
try:
    exec("continue")
except SyntaxError as e: print(e)
try:
    exec("async def f():\n    yield from x")
except SyntaxError as e: print(e)
try:
    exec("def f():\n    await x")
except SyntaxError as e: print(e)
try:
    exec("class A:\n    return 1")
except SyntaxError as e: print(e)
try:
    exec("f(x for x in y, 1)")
except SyntaxError as e: print(e)
try:
    exec("a, *b, *c = d")
except SyntaxError as e: print(e)
try:
    exec("*a = b")
except SyntaxError as e: print(e)
try:
    exec("del f()")
except SyntaxError as e: print(e)
try:
    exec("f() = 1")
except SyntaxError as e: print(e)
try:
    exec("None = 1")
except SyntaxError as e: print(e)
try:
    exec("x + 1 += 1")
except SyntaxError as e: print(e)
try:
    exec("lambda: (yield)")
except SyntaxError as e: print(e)
try:
    exec("[x async for x in y]")
except SyntaxError as e: print(e)
try:
    exec("def f():\n  x = 1\n  nonlocal x")
except SyntaxError as e: print(e)
try:
    exec("f(**a, *b)")
except SyntaxError as e: print(e)
try:
    exec("f(a=1, b)")
except SyntaxError as e: print(e)
try:
    exec("def f(a=1, b): pass")
except SyntaxError as e: print(e)
try:
    exec("def f(*, **k): pass")
except SyntaxError as e: print(e)
try:
    exec("x = 1 if 2")
except SyntaxError as e: print(e)
try:
    exec("import")
except SyntaxError as e: print(e)
try:
    exec("from x import")
except SyntaxError as e: print(e)
try:
    exec("def f():\n    from x import *")
except SyntaxError as e: print(e)
try:
    exec("(a, b) += 1")
except SyntaxError as e: print(e)
try:
    exec("[i for i in range(3)] = 1")
except SyntaxError as e: print(e)
try:
    exec("print 'x'")
except SyntaxError as e: print(e)
try:
    exec("if x = 1: pass")
except SyntaxError as e: print(e)
try:
    exec("a = 08")
except SyntaxError as e: print(e)
try:
    exec("'abc")
except SyntaxError as e: print(e)
try:
    exec("x = (1, 2")
except SyntaxError as e: print(e)
try:
    exec("x = 1)")
except SyntaxError as e: print(e)
try:
    exec("  x = 1")
except SyntaxError as e: print(type(e).__name__, e)
try:
    exec("if 1:\nx = 1")
except SyntaxError as e: print(type(e).__name__, e)
try:
    exec("match x:\n    case a | b: pass")
except SyntaxError as e: print(e)
try:
    exec("match x:\n    case a:\n        pass\n    case 1: pass")
except SyntaxError as e: print(e)
try:
    exec("match x:\n    case {**r, 'a': 1}: pass")
except SyntaxError as e: print(e)
try:
    exec("match x:\n    case [a, a]: pass")
except SyntaxError as e: print(e)
try:
    exec("match x:\n    case 1 + 1: pass")
except SyntaxError as e: print(e)
try:
    exec("match x:\n    case f(): pass\n    case _: pass\n    case 2: pass")
except SyntaxError as e: print(e)
try:
    exec("try:\n    pass\nexcept* ValueError:\n    break")
except SyntaxError as e: print(e)
try:
    exec("try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass")
    print('compiled')
except SyntaxError as e: print(e)
try:
    exec("x := 1")
except SyntaxError as e: print(e)
try:
    exec("[(i := 0) for i in range(3)]")
except SyntaxError as e: print(e)
try:
    exec("def f[T](): pass")
except SyntaxError as e: print(e)
try:
    exec("a = 1; b = 2; c = ")
except SyntaxError as e: print(e)
try:
    exec("@\ndef f(): pass")
except SyntaxError as e: print(e)
try:
    exec("f(a for a in b for c in d, )")
    print('ok')
except SyntaxError as e: print(e)
except NameError as e: print('NameError', e)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
