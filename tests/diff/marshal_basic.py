# marshal: round trips of every supported type in every format version,
# the exact bytes for values built from literals (where Pyclave's FLAG_REF
# rule matches CPython's reference counts, see lib/marshal.py), file
# dump/load, sharing and recursion, argument and dumps errors.
import io
import marshal
import os
import tempfile


def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return r


print(marshal.version)

# ---- round trips, every version --------------------------------------------
VALUES = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 255, 256, 257, -5,
          -6, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**62, -2**63, 2**64,
          2**100 + 12345, -(2**1000) - 7, 2**15, 2**30, 2**45 - 1, 0.0, -0.0, 1.5,
          0.1, 1e308, -1e-308, 5e-324, float('inf'), float('-inf'), 1e16,
          123456789.123, 0j, 1 + 2j, -1.5e300 - 0.0j, complex(float('inf'), -0.0),
          '', 'a', 'abc', 'a b c', 'x' * 255, 'y' * 256, 'z z' * 200, 'é', '\u20ac',
          '\U0001f600', 'mixed é ascii', '\ud800', 'a\udfffb', '\x00\x01',
          b'', b'x', b'\x00\xff' * 300, bytearray(b'ba'),
          (), (1,), (1, 'two', 3.0), tuple(range(255)), tuple(range(256)),
          tuple(range(1000)), [], [1, [2, [3, [4]]]], {}, {'a': 1, 'b': [2, 3]},
          {1: 'x', (1, 2): None, 'k': {'n': 'ested'}}, set(), {1, 2, 3},
          frozenset(), frozenset({1, 2}), {frozenset({1}), frozenset()},
          [None, True, False, ..., StopIteration]]

for ver in (0, 1, 2, 3, 4, 5, -1):
    bad = []
    for i, v in enumerate(VALUES):
        data = marshal.dumps(v, ver)
        back = marshal.loads(data)
        expect = bytes(v) if type(v) is bytearray else v
        ok = type(back) is type(expect) and (back == expect or repr(back) == repr(expect))
        if not ok:
            bad.append((i, back))
    print('version', ver, 'round trips:', len(VALUES) - len(bad), 'ok', bad)

nan = marshal.loads(marshal.dumps(float('nan')))
print('nan', nan != nan, marshal.dumps(float('nan'), 1))
print('neg zero', str(marshal.loads(marshal.dumps(-0.0))), str(marshal.loads(marshal.dumps(-0.0, 1))))

# ---- exact bytes (variables holding literal data) ------------------------------
a_int = 1000
a_small = 7
a_neg = -2**31
a_big = 2**100
a_nbig = -12345678901234567890
a_float = 2.5
a_complex = 1.5 - 2j
a_str = 'hello'
a_str2 = 'hello world'
a_long_name = 'identifier_' * 30
a_long_text = 'not an identifier ' * 20
a_uni = 'caf\xe9'
a_bytes = b'raw\x00bytes'
a_tuple = (1, 2.5, 'x', (3, 'y z'), b'b', None)
a_list = [1, 2.5, 'x', [3, 4], {'k': 'v'}, (5,)]
a_dict = {'one': 1, 'two': [2], 'three': (3.0, 'three')}
a_nested = [[[[[]]]], {}, {'a': {'b': {'c': []}}}]
a_dup = (2.5, 2.5, 'dup', 'dup', 1000, 1000, (2.5, 'dup'))
a_singletons = [None, True, False, ..., StopIteration]
shared = [1, 2]
a_shared = [shared, shared, {'s': shared}]
a_intset = {1, 2, 3}
a_frozen = frozenset({4, 5})
a_empty = ((), (), '', '', b'', [])
a_ba = bytearray(b'bytearray')
names = ['a_int', 'a_small', 'a_neg', 'a_big', 'a_nbig', 'a_float', 'a_complex', 'a_str',
         'a_str2', 'a_long_name', 'a_long_text', 'a_uni', 'a_bytes', 'a_tuple', 'a_list',
         'a_dict', 'a_nested', 'a_dup', 'a_singletons', 'a_shared', 'a_intset',
         'a_frozen', 'a_empty', 'a_ba']
for name in names:
    v = globals()[name]
    for ver in (4, 3, 2, 1, 0):
        print(name, ver, marshal.dumps(v, ver))

# ---- sharing and recursion ---------------------------------------------------------
back = marshal.loads(marshal.dumps(a_shared))
print('shared v4', back, back[0] is back[1], back[2]['s'] is back[0])
back = marshal.loads(marshal.dumps(a_shared, 2))
print('shared v2', back, back[0] is back[1])
rec = [1]
rec.append(rec)
print('recursive list', marshal.dumps(rec))
back = marshal.loads(marshal.dumps(rec))
print(back, back[1] is back)
print('recursive v2', err(lambda: marshal.dumps(rec, 2)))
rd = {'k': 1}
rd['self'] = rd
back = marshal.loads(marshal.dumps(rd))
print('recursive dict', back, back['self'] is back)

# ---- bytes-like objects are written as bytes ----------------------------------------
ba = bytearray(b'ab')
mv = memoryview(b'abcd')[1:3]
print(marshal.dumps(ba), marshal.dumps(mv))
print(err(lambda: marshal.dumps(memoryview(b'abcd')[::2])))
print(marshal.loads(bytearray(marshal.dumps((1, 'a')))))
print(marshal.loads(memoryview(b'xx' + marshal.dumps(a_list))[2:]))

# ---- unmarshallable objects, subclasses, nesting --------------------------------
class I(int): pass
class S(str): pass
class D(dict): pass
class L(list): pass
class T(tuple): pass
class F(float): pass
class B(bytes): pass
class FS(frozenset): pass
for v in [object(), int, len, print, I(3), S('a'), D(), L(), T(), F(1.0), B(b'sub'),
          FS(), range(3), slice(1), NotImplemented, [1, object()], {1: object}, {'k': I(1)},
          type(None), 1 .real.__class__]:
    print(type(v).__name__, err(lambda: marshal.dumps(v)))
deep = []
for i in range(1999):
    deep = [deep]
print('depth 2000', len(marshal.dumps(deep)))
deeper = [deep]
print('depth 2001', err(lambda: marshal.dumps(deeper)))
print('error order', err(lambda: marshal.dumps([object(), deeper])),
      err(lambda: marshal.dumps([deeper, object()])))
back = marshal.loads(marshal.dumps(deep))
n = 0
while back:
    back = back[0]
    n += 1
print('loaded depth', n)
t = ()
for i in range(1999):
    t = (t,)
print('tuple depth', len(marshal.dumps(t)), len(marshal.dumps(t, 2)))
print(err(lambda: marshal.dumps(((t,),))))

# ---- arguments ------------------------------------------------------------------------
print(err(lambda: marshal.dumps()))
print(err(lambda: marshal.dumps(1, 2, 3)))
print(err(lambda: marshal.dumps(1, version=2)))
print(err(lambda: marshal.dumps(1, 'a')))
print(err(lambda: marshal.dumps(1, 2.0)))
print(err(lambda: marshal.dumps(1, 2**40)))
print(err(lambda: marshal.dumps(1.5, True)))
print(err(lambda: marshal.loads()))
print(err(lambda: marshal.loads(b'N', 1)))
print(err(lambda: marshal.loads(bytes=b'N')))
print(err(lambda: marshal.loads('N')))
print(err(lambda: marshal.loads(None)))
print(err(lambda: marshal.loads([78])))
print(err(lambda: marshal.load()))
print(err(lambda: marshal.load(1)))
print(err(lambda: marshal.load(f=1)))
print(err(lambda: marshal.dump(1)))
print(err(lambda: marshal.dump(1, 2, 3, 4)))
print(err(lambda: marshal.dump(1, 2)))
print(err(lambda: marshal.dump(object(), 2)))
print(err(lambda: marshal.dump(1, io.BytesIO(), version=1)))
print(err(lambda: marshal.dump(1, io.BytesIO(), 'x')))
print(sorted(n for n in dir(marshal) if not n.startswith('_')))

# ---- files ------------------------------------------------------------------------------
buf = io.BytesIO()
print('dump returns', marshal.dump(a_list, buf), marshal.dump('two', buf, 2),
      marshal.dump(a_big, buf, 0), marshal.dump(None, buf))
buf.write(b'tail')
buf.seek(0)
for i in range(4):
    print('load', repr(marshal.load(buf)), buf.tell())
print(err(lambda: marshal.load(buf)), buf.read())


class Reader:
    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.calls = []

    def read(self, n=-1):
        self.calls.append(('read', n))
        return self.f.read(n)

    def readinto(self, b):
        self.calls.append(('readinto', len(b)))
        return self.f.readinto(b)


r = Reader(marshal.dumps(a_dict) + b'more')
print(marshal.load(r), r.calls)
r = Reader(b'\xda\x00')
print(repr(marshal.load(r)), r.calls)


class BadRead:
    def read(self, n):
        return 'text'


class BigRead(io.BytesIO):
    def readinto(self, b):
        return len(b) + 3


class NoneRead(io.BytesIO):
    def readinto(self, b):
        return None


print(err(lambda: marshal.load(BadRead())))
print(err(lambda: marshal.load(BigRead(b'N'))))
print(err(lambda: marshal.load(NoneRead(b'N'))))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)
        return 'written'


w = Writer()
print(marshal.dump(a_tuple, w), w.parts)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.marshal')
    with open(path, 'wb') as f:
        for v in (a_dict, a_uni, a_big, a_nested):
            marshal.dump(v, f)
    with open(path, 'rb') as f:
        got = []
        while True:
            try:
                got.append(marshal.load(f))
            except EOFError as e:
                print('end of file:', e)
                break
        print(got, f.tell())

# ---- bigger data, no quadratic behaviour -------------------------------------------
big_list = list(range(-50000, 50000, 7))
data = marshal.dumps(big_list)
print(len(data), marshal.loads(data) == big_list)
huge = 7 ** 20000
data = marshal.dumps(huge)
print(len(data), marshal.loads(data) == huge, marshal.loads(marshal.dumps(-huge)) == -huge)
blob = bytes(range(256)) * 4000
print(marshal.loads(marshal.dumps(blob)) == blob)
strs = ['s%d' % i for i in range(20000)]
print(marshal.loads(marshal.dumps(strs)) == strs)
