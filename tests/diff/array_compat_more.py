# array.array: live iterator that pickles with its array, keyword rules of
# the constructor, explicit None initializer, MutableSequence, file I/O
# with arrays (write, fromfile on a write-only file).
import array, pickle, collections.abc, io, os, tempfile
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

orig = array.array('i', [1, 2, 3])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    itorig = iter(orig)
    it, a = pickle.loads(pickle.dumps((itorig, orig), proto))
    a.fromlist([9, 8])
    print(proto, type(it).__name__, list(it))
    next(itorig)
    it, a = pickle.loads(pickle.dumps((itorig, orig), proto))
    a.append(7)
    print(proto, list(it))
it = iter(orig)
t(lambda: it.__reduce__())
t(lambda: list(it))
t(lambda: it.__reduce__())
it2 = iter(orig)
it2.__setstate__(-5)
t(lambda: next(it2))
it2.__setstate__(100)
t(lambda: list(it2))
t(lambda: type(iter(orig))())
t(lambda: type(iter(orig)))
live = array.array('b', [1])
out = []
for x in live:
    out.append(x)
    if len(live) < 4:
        live.append(x + 1)
t(lambda: out)

t(lambda: array.array('b', None))
t(lambda: array.array('b', [1], x=1))
class A(array.array):
    def __init__(self, tc, init=None, newarg=None):
        self.newarg = newarg
a = A('b', [1], newarg=3)
t(lambda: (a, a.newarg))
class B(array.array):
    pass
t(lambda: B('b', [1], x=1))
t(lambda: isinstance(array.array('b'), collections.abc.MutableSequence))
t(lambda: issubclass(array.array, collections.abc.Sequence))

d = tempfile.mkdtemp()
path = os.path.join(d, 'f')
with open(path, 'wb') as f:
    t(lambda: f.write(array.array('h', [1, -1])))
    t(lambda: array.array('b').fromfile(f, 2))
    t(lambda: f.read())
with open(path, 'rb') as f:
    t(lambda: f.read())
    t(lambda: f.write(b'x'))
with open(path, 'w') as f:
    t(lambda: f.read())
    t(lambda: f.readline())
with open(path, 'r') as f:
    t(lambda: f.write('x'))
    t(lambda: isinstance(f.write, object))
try:
    open(path, 'r').write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', isinstance(e, OSError), isinstance(e, ValueError))
os.remove(path)
os.rmdir(d)

# 'u' arrays keep a wchar_t beyond U+10FFFF; reading it as text raises
bad = array.array('u', b'\xff\xff\xff\xff' + 'a'.encode('utf-32-le'))
for f in (bad.tounicode, lambda: str(bad), lambda: bad[0], lambda: bad[1], bad.tobytes,
          lambda: len(bad), bad.tolist, lambda: bad == bad, lambda: list(bad), lambda: bad[1:]):
    t(f)

# arrays match sequence patterns (Py_TPFLAGS_SEQUENCE)
def m(x):
    match x:
        case [a, b, c]:
            return {'a': a, 'b': b, 'c': c}
        case {'k': v}:
            return 'map'
        case _:
            return None
t(lambda: m(array.array('b', b'abc')))
t(lambda: m(array.array('u', 'xyz')))
t(lambda: m(array.array('d', [1.0])))
