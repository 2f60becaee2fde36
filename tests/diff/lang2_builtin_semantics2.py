# each snippet runs in a fresh namespace
S = r'''def f(a, b=[]): pass
print(f.__defaults__[0] is f.__defaults__[0])
###
x = 0
def g(a=x): return a
x = 1
print(g())
###
class A:
    def __getitem__(self, i): return i
print(A()[1:2], A()[1:2, 3], A()[...], A()[:, ::2], A()[()])
###
print(slice(1, 2).indices(10), slice(None, None, -1).indices(5), repr(slice(1)), slice(1,2) == slice(1,2))
###
try:
    hash(slice(1, 2)); print('hashable')
except TypeError as e: print(e)
###
d = {}
d[1] = 'a'; d[1.0] = 'b'; d[True] = 'c'
print(d)
###
s = {1, 1.0, True}
print(s)
###
print({1: 2}.get(3, 'x'), {1: 2}.setdefault(1, 5), dict(zip('ab', [1, 2])), dict([(1, 2)], a=3))
###
a = [3, 1, 2]
print(a.sort(), a, sorted(a, reverse=True), a.index(2), a.count(3))
###
try:
    [].index(1)
except ValueError as e: print(e)
try:
    [].pop()
except IndexError as e: print(e)
try:
    {}.popitem()
except KeyError as e: print(e)
try:
    set().pop()
except KeyError as e: print(e)
###
try:
    'abc'.index('z')
except ValueError as e: print(e)
try:
    (1,).index(5)
except ValueError as e: print(e)
try:
    [1].remove(5)
except ValueError as e: print(e)
###
print('%s %d %5.2f %-4s| %x %o %e %r %%' % ('a', 3, 3.14159, 'l', 255, 8, 12345.678, 'r'))
###
print('%(a)s %(b)d' % {'a': 1, 'b': 2}, '%c' % 65, '%5s|%-5s|' % ('a', 'b'))
###
try:
    '%d' % 'x'
except TypeError as e: print(e)
try:
    '%s %s' % ('a',)
except TypeError as e: print(e)
try:
    '%s' % ('a', 'b')
except TypeError as e: print(e)
###
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}'.format(x=5), '{0[1]}'.format([1, 2]), '{0.real}'.format(3))
###
try:
    '{} {}'.format(1)
except IndexError as e: print(e)
try:
    '{x}'.format()
except KeyError as e: print(e)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
