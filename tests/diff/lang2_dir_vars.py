class A:
    z = 1
    a = 2
    def m(self): pass
class B(A):
    b = 3
o = B()
o.y = 1
o.c = 2
print([n for n in dir(o) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
print(vars(o), list(vars(B))[:3])
print(sorted(set(dir(A)) - set(dir(object))))
class Custom:
    def __dir__(self): return ['zz', 'aa', 'mm']
print(dir(Custom()))
class CustomTuple:
    def __dir__(self): return ('b', 'a')
print(dir(CustomTuple()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    x = 1
    y = 2
    return dir(), vars() == locals()
print(f())
import sys
print('sys' in dir(), 'A' in dir())
class S:
    __slots__ = ('p', 'q')
print([n for n in dir(S()) if not n.startswith('__')])
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
print(dir(5) == dir(int), 'real' in dir(5), '__add__' in dir(int))
import math
print('sqrt' in dir(math), dir(math) == sorted(dir(math)))
d = {'b': 1, 'a': 2}
print(list(d), list(vars(type('X', (), d)))[:2])
class Order:
    c = 1
    a = 2
    b = 3
print([k for k in Order.__dict__ if not k.startswith('__')])
o = Order()
o.z = 1; o.x = 2; o.y = 3
print(list(o.__dict__))
del o.x
o.x = 4
print(list(o.__dict__))
print(type(vars(Order)).__name__, 'c' in vars(Order))
