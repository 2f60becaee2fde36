from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c['a'], c['z'], 'z' in c, c.total(), sorted(c.elements()))
c.update('aaz'); print(c)
c.update({'b': 5}); print(c)
c.subtract({'a': 10, 'q': 1}); print(c)
c.subtract('bb'); print(c)
print(+c, -c)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1), a != b, Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3, b=1) >= Counter(a=1))
x = Counter(a=1, b=2); x += Counter(a=-5, c=3); print(x)
x -= Counter(c=1); print(x)
x |= Counter(b=7); print(x)
x &= Counter(b=3, c=9); print(x)
print(Counter(), repr(Counter()), Counter([1, 2, 2, 3, 3, 3]))
print(Counter({'x': 1, 'y': 3, 'z': 3, 'w': 1}).most_common())
del c['a']; del c['nope']; print(c)
print(Counter(cats=4, dogs=8).copy(), list(Counter('hello').keys()))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print('TypeError', e)
try:
    hash(Counter())
except TypeError as e:
    print('TypeError', e)
class C(Counter):
    pass
print(C('aab'), isinstance(C(), dict), Counter(a=1.5, b=0.5).total())
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
print(Counter({1: 'x'}) if False else Counter({'a': -1, 'b': 2}))
