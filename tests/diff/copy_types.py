import copy, types

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 'x')) is not None)
class P:
    def __init__(self, x):
        self.x = x
        self.inits = getattr(self, 'inits', 0) + 1
p = P([1]); q = copy.copy(p); r = copy.deepcopy(p)
print(q.x is p.x, r.x is p.x, r.x, q.inits, type(r).__name__)
class Sl:
    __slots__ = ('a', 'b')
sl = Sl(); sl.a = [1]; c = copy.deepcopy(sl); print(c.a, c.a is sl.a, hasattr(c, 'b'))
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom('copied ' + self.v)
    def __deepcopy__(self, memo): return Custom('deep ' + self.v)
print(copy.copy(Custom('a')).v, copy.deepcopy(Custom('b')).v, copy.deepcopy([Custom('c')])[0].v)
rec = [1]; rec.append(rec); dc = copy.deepcopy(rec); print(dc[1] is dc, dc[1] is not rec)
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1])
class L(list):
    pass
l = L([1, [2]]); l.tag = 't'; lc = copy.deepcopy(l); print(type(lc).__name__, lc, lc.tag, lc[1] is l[1])
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
Pt = namedtuple('Pt', 'x y')
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)), copy.deepcopy(Pt([1], 2)))
print(copy.copy(3), copy.deepcopy('s'), copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(len) is len)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, y)

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='two', c=[3]), types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), list(mp), mp.get('z', 0), 'a' in mp, dict(mp.items()), mp | {'c': 3})
def setit(): mp['a'] = 2
for f in [setit, lambda: types.MappingProxyType([1])]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
def fn(): pass
def gen(): yield
class K:
    def m(self): pass
import sys
print(isinstance(fn, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType), isinstance(K().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), types.NoneType, types.GenericAlias, types.UnionType, type(list[int]) is types.GenericAlias, type(int | None) is types.UnionType)
print(types.FunctionType.__name__, types.ModuleType.__name__, types.EllipsisType, types.NotImplementedType)
m = types.ModuleType('mymod', 'doc'); m.x = 1; print(m.__name__, m.__doc__, m.x)
C = types.new_class('C', (object,), {}, lambda ns: ns.update(v=5)); print(C.__name__, C.v)
class A:
    x = 5
def f(self, y=1): return self.x + y
a = A()
m = types.MethodType(f, a)
print(m(), m(10), m.__self__ is a, m.__func__ is f, type(m) is types.MethodType, isinstance(m, types.MethodType))
a.g = types.MethodType(lambda self: self.x * 2, a); print(a.g())
for args in [(), (len,), (len, None), (3, 1), (len, 1, 2)]:
    try: print(types.MethodType(*args))
    except Exception as e: print(type(e).__name__, e)
try: types.MethodType(func=len, instance=1)
except Exception as e: print(type(e).__name__, e)
