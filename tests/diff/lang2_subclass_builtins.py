class MyInt(int):
    def __add__(self, o): return 'MyInt.add'
    def __repr__(self): return f'MyInt({int(self)})'
m = MyInt(5)
print(m + 1, 1 + m, m * 2, repr(m), str(m), m == 5, hash(m) == hash(5))
print(type(m * 2).__name__, type(-m).__name__, type(abs(m)).__name__)
print(f'{m}', '%d' % m, format(m, '03d'))
print([1, 2, 3, 4, 5, 6][m])

class MyStr(str):
    def __len__(self): return 99
    def upper(self): return 'overridden'
    def __str__(self): return 'MyStr!'
s = MyStr('abc')
print(len(s), s.upper(), s.lower(), type(s.lower()).__name__)
print(str(s), repr(s), s + 'x', type(s + 'x').__name__, '%s' % s, f'{s}')
print(type(s[0]).__name__, s == 'abc', 'b' in s)
print(''.join([s, s]), type(str(s)).__name__)

class MyFloat(float):
    def __str__(self): return 'myfloat'
f = MyFloat(1.5)
print(f, repr(f), f + 1, type(f + 1).__name__, round(f), f'{f}', f'{f!r}')

class MyTuple(tuple):
    def __len__(self): return 0
    def __getitem__(self, i): return 'item'
t = MyTuple((1, 2, 3))
print(len(t), t[0], list(t), bool(t), tuple(t), a if False else 'x' if (a := 1) else '')
x, y, z = t
print(x, y, z, t == (1, 2, 3), type(t + (4,)).__name__)

class MyList(list):
    def append(self, x): super().append(x * 10)
    def __iter__(self): return iter(['over'])
    def __len__(self): return 100
l = MyList([1, 2])
l.append(3)
print(list.__repr__(l), repr(l), list(l), sorted(l), len(l), [*l], sum(l[:1]))
print(' '.join(str(v) for v in l))
l += [4]
print(type(l).__name__, list.__len__(l))

class MyDict(dict):
    def __getitem__(self, k): return 'gi:' + str(k)
    def get(self, k, d=None): return 'get'
    def keys(self): return ['a']
d = MyDict(a=1, b=2)
print(d['a'], d.get('a'), dict(d), {**d}, list(d), len(d))
def kw(**k): return k
print(kw(**d))
print(dict.__repr__(d), repr(d))

class MySet(set):
    def __contains__(self, x): return True
    def add(self, x): super().add(-x)
ms = MySet([1])
ms.add(2)
print(5 in ms, sorted(ms), type(ms | {9}).__name__, type(ms.copy()).__name__)

class MyExc(Exception):
    def __str__(self): return 'custom str'
try:
    raise MyExc(1, 2)
except MyExc as e:
    print(e, repr(e), e.args)

class MyExc2(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyExc2('x', 'y')
print(e, repr(e), e.args, e.b)

class MyType(type):
    def __repr__(cls): return '<MyType ' + cls.__name__ + '>'
class Z(metaclass=MyType): pass
print(Z, repr(Z), str(Z), [Z])

class Bool2(int):
    def __bool__(self): return False
print(bool(Bool2(5)), not Bool2(5), 'y' if Bool2(1) else 'n')

class NewInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(NewInt(4), NewInt('3' * 1), type(NewInt(1)).__name__)
class StrNew(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
sn = StrNew('hi')
print(sn, sn.orig)
print(isinstance(True, int), issubclass(bool, int), int.__subclasses__ is not None)
class IntAttr(int): pass
ia = IntAttr(3)
ia.tag = 'tagged'
print(ia, ia.tag, ia.__dict__)
