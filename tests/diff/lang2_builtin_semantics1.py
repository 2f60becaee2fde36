# each snippet runs in a fresh namespace
S = r'''class A:
    def __init__(self): self.x = 1
    def __eq__(self, o): return NotImplemented
print(A() == 1, A() != 1)
###
print(int.__add__(1, 2), int.__add__(1, 2.0), (1).__radd__(2), float.__radd__(1.0, 2))
###
print(str.__len__('abc'), list.__getitem__([1,2], 0), dict.__contains__({1:2}, 1))
###
class M(type):
    def __len__(cls): return 42
class A(metaclass=M): pass
print(len(A))
###
print(object.__new__(object).__class__, object.__init__(1) )
###
try:
    object.__init__(object(), 1)
except TypeError as e: print(e)
###
class A:
    def __init__(self, x): pass
try:
    object.__new__(A, 1); print('ok')
except TypeError as e: print(e)
class B: pass
try:
    B(1)
except TypeError as e: print(e)
###
class B:
    def __new__(cls, *a): return super().__new__(cls)
try:
    B(1); print('ok new only')
except TypeError as e: print(e)
###
class C:
    def __new__(cls): return 5
    def __init__(self): print('init not called')
print(C())
###
print((1).__class__, type(1).__mro__, bool.__mro__)
###
a = [1,2,3]
a[1:2] = 'xyz'
print(a)
a[::2] = [0]*3
print(a)
try:
    a[::2] = [1]
except ValueError as e: print(e)
###
print([1,2,3][::-1], 'abc'[::-2], (1,2,3)[-5:5], [0]*-1)
###
print(1 if [] else 2, [] == [], [] is [], () == (), {} == {})
###
print(int('10', 16), int('0x10', 0), int(' 12 '), int('1_000'), float(' 1.5 '), int(True))
###
try:
    int('1.5')
except ValueError as e: print(e)
###
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2))
###
print(sorted([3,1,2], key=lambda x: -x), max([], default=0), min('bca'), sum([0.1]*10))
###
print(str(1e16), str(1e-5), repr(0.1+0.2), 1/3, 2.0**0.5, float('nan') == float('nan'))
###
def f(*, a): return a
print(f(a=1))
###
print(bytes(3), bytes([65,66]), b'ab' + b'c', b'abc'[0], b'abc'[0:1], bytearray(b'x'))
###
print(chr(65), ord('A'), hex(-255), oct(8), bin(-5), format(255, 'x'))
###
x = 10
def f():
    global x
    x += 1
f(); print(x)
###
class A:
    x = 1
    def f(self): return x
try:
    A().f()
except NameError as e: print(e)
###
import sys
print(sys.version_info[:2], sys.maxsize == 2**63-1, type(sys.argv).__name__)
###
print(list(map(lambda x, y: x+y, [1,2], [3,4,5])), list(zip('ab', 'cde', strict=False)))
###
try:
    list(zip('ab', 'cde', strict=True))
except ValueError as e: print(e)
###
print(*range(3), sep='-', end='!\n')
###
print(isinstance(map, type), type(map(int, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__)
###
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
###
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(reversed([])).__name__)
###
g = (x for x in [])
print(type(g).__name__, type(lambda: 0).__name__, type(print).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
###
print(type(object.__init__).__name__, type(str.join).__name__, type(dict.fromkeys).__name__, type(int.real).__name__)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
