# each snippet runs in a fresh namespace
S = r'''class A:
    print(__qualname__, __module__)
    def f(self): return __class__
    class B:
        print(__qualname__)
print(A().f() is A)
###
class A:
    x = 1
    y = (lambda: x)
try:
    A.y()
except NameError as e: print(e)
###
def outer():
    x = 'outer'
    class A:
        x = 'class'
        def f(self): return x
        g = [x for _ in range(1)]
    return A().f(), A.g
print(outer())
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
