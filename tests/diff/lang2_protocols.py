class L0:
    def __len__(self): return 0
class L3:
    def __len__(self): return 3
class BoolNone:
    def __bool__(self): return None
class LenNeg:
    def __len__(self): return -1
class LenBig:
    def __len__(self): return 2**70
class LenStr:
    def __len__(self): return '3'
class LenFloat:
    def __len__(self): return 3.0
class BoolAndLen:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(L0()), bool(L3()), bool(BoolAndLen()), len(L3()))
for cls in (BoolNone, LenNeg, LenBig, LenStr, LenFloat):
    try:
        print(bool(cls()))
    except Exception as e:
        print(type(e).__name__, e)
for cls in (LenNeg, LenBig, LenStr, LenFloat):
    try:
        print(len(cls()))
    except Exception as e:
        print(type(e).__name__, e)
class IdxLen:
    class N:
        def __index__(self): return 4
    def __len__(self): return IdxLen.N()
print(len(IdxLen()))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], 'abcdef'[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(10))[Idx(-1)], (1, 2, 3)[Idx(0)], int(Idx(7)) if hasattr(Idx, '__int__') else 'no int')
try:
    print(int(Idx(7)))
except TypeError as e:
    print(type(e).__name__, e)
print([1] * Idx(3), 'ab' * Idx(2), operator_index := __import__('operator').index(Idx(9)))
try:
    [1][Idx('x')]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2]['1']
except TypeError as e:
    print(type(e).__name__, e)

class Cont:
    def __contains__(self, x): return x == 1
class ContTruthy:
    def __contains__(self, x): return 'yes'
class It:
    def __iter__(self): return iter([1, 2, 3])
class GI:
    def __getitem__(self, i):
        if i < 4: return i * 10
        raise IndexError(i)
class GIKey:
    def __getitem__(self, i):
        if i < 2: return i
        raise KeyError(i)
print(1 in Cont(), 2 in Cont(), 3 not in Cont(), 0 in ContTruthy())
print(2 in It(), 5 in It(), 20 in GI(), 25 in GI(), list(GI()), list(enumerate(GI())))
try:
    print(list(GIKey()))
except KeyError as e:
    print(type(e).__name__, e)
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)
a, b, c, d = GI()
print(a, b, c, d, sorted(GI(), reverse=True), max(GI()), sum(GI()))
it = iter(GI())
print(type(it).__name__, next(it), next(it))
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class NoneContains(It):
    __contains__ = None
try:
    1 in NoneContains()
except TypeError as e:
    print(type(e).__name__, e)

class Rev:
    def __reversed__(self): return iter('zyx')
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(SeqRev())))
try:
    reversed(It())
except TypeError as e:
    print(type(e).__name__, e)
class RevNone(SeqRev):
    __reversed__ = None
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({'a': 1, 'b': 2})), list(reversed(range(3))))

class CallIter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(CallIter(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
