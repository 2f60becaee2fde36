# marshal on hostile data, modelled on CPython's marshal crash reports
# (crafted marshal.loads inputs: deep nesting that overflowed the C stack,
# huge declared sizes, references to objects still being built, sharing
# bombs) and on evil file objects.  Pyclave's marshal is pure Python: it
# must raise exactly CPython's exceptions, never RecursionError or crash.
import io
import marshal


def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return r


# ---- deep nesting on load: CPython stops at depth 2000 -----------------------
for name, head in [('list', b'[\x01\x00\x00\x00'), ('tuple', b'(\x01\x00\x00\x00'),
                   ('small tuple', b')\x01'), ('set', b'<\x01\x00\x00\x00'),
                   ('frozenset', b'>\x01\x00\x00\x00'), ('dict', b'{N'),
                   ('flagged list', b'\xdb\x01\x00\x00\x00')]:
    # (each case reads 2000 levels: only the list goes through them all)
    for depth in (1999, 2000, 10000) if name == 'list' else (2001,):
        data = head * depth + b'N'
        r = err(lambda: marshal.loads(data))
        print(name, depth, type(r).__name__, r if depth > 1999 else '')
        if depth == 10000:
            print('  file:', err(lambda: marshal.load(io.BytesIO(data))))
print('no object at the bottom', err(lambda: marshal.loads(b'[\x01\x00\x00\x00' * 2100)))

# ---- deep nesting on dump -------------------------------------------------------
for kind in ('list', 'tuple', 'dict'):
    v = None
    for i in range(2500):
        v = [v] if kind == 'list' else (v,) if kind == 'tuple' else {'k': v}
    print('dump deep', kind, err(lambda: marshal.dumps(v)), err(lambda: marshal.dumps(v, 2)))
    f = io.BytesIO()
    print('  dump to file', err(lambda: marshal.dump(v, f)), f.getvalue())

# ---- huge declared sizes: nothing may be allocated before the data is there -----
for code in b'sauAt':
    for size in (b'\xff\xff\xff\x7f', b'\x00\x00\x00\x80', b'\xff\xff\xff\xff', b'\x00\x00\x00\x01'):
        data = bytes([code]) + size + b'abc'
        print('size', chr(code), size.hex(), err(lambda: marshal.loads(data)),
              err(lambda: marshal.load(io.BytesIO(data))))
for size in (b'\xff\xff\xff\x7f', b'\x01\x00\x00\x80', b'\x00\x00\x00\x80', b'\x00\x00\x10\x00'):
    data = b'l' + size + b'\x01\x00' * 10
    print('long size', size.hex(), err(lambda: marshal.loads(data)))
for code in b'<>':
    data = bytes([code]) + b'\xff\xff\xff\x7f' + b'\xe9\x01\x00\x00\x00' * 3
    print('set size', chr(code), err(lambda: marshal.loads(data)))
print('small tuple 255', err(lambda: marshal.loads(b')\xff' + b'N' * 254)))
print('float text 255', err(lambda: marshal.loads(b'f\xff' + b'1' * 255)))
print('float text junk', err(lambda: marshal.loads(b'f\xff' + b'9' * 254 + b'x')))

# ---- references -----------------------------------------------------------------------
cases = [
    b'r\x00\x00\x00\x00',
    b'r\xff\xff\xff\x7f',
    b'r\xff\xff\xff\xff',
    b'\xdb\x03\x00\x00\x00r\x00\x00\x00\x00r\x00\x00\x00\x00r\x00\x00\x00\x00',
    b'\xfb\xda\x01ar\x00\x00\x00\x00\xda\x01br\x01\x00\x00\x000',
    b'\xfbr\x00\x00\x00\x00N0',
    b'\xbc\x01\x00\x00\x00r\x00\x00\x00\x00',
    b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00',
    b'\xe3' + b'\x00' * 20 + b'r\x00\x00\x00\x00',
    b'\xdb\x02\x00\x00\x00\xbe\x01\x00\x00\x00\xe9\x01\x00\x00\x00r\x01\x00\x00\x00',
    b'\xdb\x01\x00\x00\x00\xdb\x01\x00\x00\x00\xdb\x01\x00\x00\x00r\x01\x00\x00\x00',
]
for data in cases:
    r = err(lambda: marshal.loads(data))
    if isinstance(r, list):
        print('ref', data.hex(), r, r[0] is r, r[0][0] is r[0] if r and isinstance(r[0], list) and r[0] else '')
    else:
        print('ref', data.hex(), r)

# A reference bomb: 60 levels of [x, x] is 2**60 leaves as a tree, but a
# small DAG on the wire; both directions must stay linear.
x = []
for i in range(60):
    x = [x, x]
data = marshal.dumps(x)
print('bomb dump', len(data), data[:20])
y = marshal.loads(data)
depth = 0
while y:
    assert y[0] is y[1]
    y = y[0]
    depth += 1
print('bomb load depth', depth)
print('bomb v2', err(lambda: len(marshal.dumps([[[]] * 2] * 2, 2))))
bomb = b'\xdb\x02\x00\x00\x00\xdb\x00\x00\x00\x00r\x01\x00\x00\x00'
for i in range(100):
    bomb = b'\xdb\x02\x00\x00\x00' + bomb[5:] + b''
print('crafted bomb', len(err(lambda: marshal.loads(bomb))))

many = b'[\x88\x13\x00\x00' + b'\xe9\x07\x00\x00\x00' + b'r\x00\x00\x00\x00' * 4999
v = marshal.loads(many)
print('many refs', len(v), sum(v))

# ---- objects whose methods would mutate things are never called by dumps -------------
calls = []


class Evil:
    def __hash__(self):
        calls.append('hash')
        d.clear()
        return 0

    def __eq__(self, other):
        calls.append('eq')
        return True

    def __len__(self):
        calls.append('len')
        return 0

    def __iter__(self):
        calls.append('iter')
        return iter([])


d = {1: 'a', 2: Evil(), 3: 'c'}
print('evil value', err(lambda: marshal.dumps(d)), calls, len(d))
d = {'k': [1, 2, 3]}
print('plain', marshal.loads(marshal.dumps(d)))


class EvilBytes(bytes):
    def __len__(self):
        calls.append('len')
        return 10 ** 9

    def __iter__(self):
        calls.append('iter')
        return iter([])

    def __bytes__(self):
        calls.append('bytes')
        return b'evil'


eb = EvilBytes(b'real')
print('evil bytes', marshal.dumps(eb), calls)


class Grow(bytearray):
    pass


g = Grow(b'xyz')
print('bytearray subclass', marshal.dumps(g))

# ---- evil file objects -------------------------------------------------------------------
class EvilReader:
    def __init__(self, data, mode):
        self.f = io.BytesIO(data)
        self.mode = mode

    def read(self, n):
        return self.f.read(n)

    def readinto(self, b):
        m = self.mode
        if m == 'negative':
            return -1
        if m == 'huge':
            return 2 ** 100
        if m == 'float':
            return 1.0
        if m == 'raise':
            raise OSError('disk on fire')
        if m == 'eof-error':
            raise EOFError('custom eof')
        return self.f.readinto(b)


payload = marshal.dumps([1, 'two', (3.0, b'four')])
# (A readinto() that keeps the memoryview it is given and writes to it
# after load() returns corrupts CPython's heap: not run here.)
for mode in ('ok', 'negative', 'huge', 'float', 'raise', 'eof-error'):
    r = EvilReader(payload, mode)
    print('reader', mode, err(lambda: marshal.load(r)))


class BytesSub(bytes):
    pass


class ReadSub(io.BytesIO):
    def read(self, n=-1):
        return BytesSub(super().read(n))


print('read returns bytes subclass', err(lambda: marshal.load(ReadSub(payload))))


class ReadNone:
    def read(self, n):
        return None


print('read returns None', err(lambda: marshal.load(ReadNone())))


class NoReadinto:
    def read(self, n):
        return b''


print('no readinto', err(lambda: marshal.load(NoReadinto())))


class ListWriter:
    def __init__(self, target):
        self.target = target

    def write(self, b):
        self.target.append('mutated')   # after serialisation: no effect
        return len(b)


target = [1, 2]
print('writer mutates', marshal.dump(target, ListWriter(target)), target)
print('done')
