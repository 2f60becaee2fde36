import pickle, copyreg, sys
class A:
    def __init__(self): self.x = 1; self.y = [1,2]
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class G:
    def __getstate__(self): return {'g': 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
class I(int): pass
class L(list): pass
class D(dict): pass
def f(): pass
shared = [1, 2]
rec = []; rec.append(rec)
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31-1, -2**31, 2**31, -2**31-1, 2**64, -2**64, 2**1000, 1.5, -0.0, 1e300, float('inf'),
        '', 'abc', 'é€\U0001f600', '\ud800', 'a\\b\nc\r\x00\x1a', b'', b'abc', bytes(range(256)), bytearray(b'xy'), bytearray(),
        (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], [1,2,'a'], {}, {'a': 1}, {'a': 1, 'b': [2]}, {1,2,3}, frozenset(), frozenset({1}), set(),
        [shared, shared], rec, (shared, shared), A(), S(), G(), I(5), L([1,2]), D(a=1), f, A, int, len, type(None), NotImplemented, ..., 1j, range(1,5,2),
        list(range(1001)), dict.fromkeys(range(1000)), set(range(1000)), ['x'*300], pickle.PicklingError, ValueError('bad', 2),]
for proto in range(6):
    for o in objs:
        try:
            d = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, type(o).__name__, 'EXC', type(e).__name__, e)
            continue
        print(proto, type(o).__name__, d.hex())
        try:
            r = pickle.loads(d)
            print('  ->', type(r).__name__, (repr(r)[:80] if not callable(r) or isinstance(r, type) else getattr(r, '__qualname__', '?')) if type(r) not in (A, S, G) else sorted(getattr(r, '__dict__', {}).items()))
        except Exception as e:
            print('  -> EXC', type(e).__name__, e)
