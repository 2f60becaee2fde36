# each snippet runs in a fresh namespace
S = r'''class D:
    def __get__(self, *a): return len(a)
class A:
    d = D()
print(A.d, A().d)
###
class A:
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v
class B(A):
    @A.p.getter
    def p(self): return 'B ' + str(self._p)
b = B(); b.p = 1
print(b.p, A.p is B.p)
###
class A:
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return 'lt'
print(A() == 1, 1 == A(), A() < 1, 1 > A(), A() != 1)
###
class A:
    def __bool__(self): return 1
try:
    bool(A())
except TypeError as e: print(e)
###
class A:
    def __index__(self): return 1.5
try:
    [1][A()]
except TypeError as e: print(e)
###
class A:
    def __int__(self): return 5
print(int(A()))
try:
    [1][A()]
except TypeError as e: print(e)
try:
    range(A())
except TypeError as e: print(e)
###
class A:
    def __float__(self): return 1
try:
    float(A())
except TypeError as e: print(e)
###
class A:
    def __complex__(self): return 1j
print(complex(A()))
###
class A:
    def __iter__(self): yield from (1, 2)
print(list(A()), sum(A()), dict.fromkeys(A()))
###
class A:
    def __next__(self): return 1
try:
    iter(A())
except TypeError as e: print(e)
###
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
print(list(It()))
###
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
###
class Round:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
print(round(Round()), round(Round(), 2), math.trunc(Round()), math.floor(Round()), math.ceil(Round()))
###
try:
    round('x')
except TypeError as e: print(e)
try:
    math.floor('x')
except TypeError as e: print(e)
###
class H:
    def __hash__(self): return 5
    def __eq__(self, o): return True
print(len({H(): 1, H(): 2}), list({H(): 1, H(): 2}.values()))
###
class S(str):
    def __eq__(self, o): return True
    def __hash__(self): return hash('x')
d = {'a': 1}
print(d.get(S('zz')), S('a') in {'a'}, 'a' in [S('b')])
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
