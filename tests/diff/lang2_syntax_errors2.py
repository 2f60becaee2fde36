# each snippet runs in a fresh namespace
S = r'''class A:
    l = [1, 2]
    m = [y * 2 for y in l]
print(A.m)
###
class A:
    n = 3
    try:
        m = [i for i in range(n) if i < n]
    except NameError as e:
        print('NameError', e)
###
def f():
    x = 1
    def g():
        print(locals())
        return x
    return g()
f()
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
