# Pickling and copying the built-in iterators (__reduce__ / __setstate__).
import copy
import pickle


def show(r):
    if isinstance(r, tuple):
        return tuple(show(x) for x in r)
    if isinstance(r, list):
        return [show(x) for x in r]
    if type(r).__name__.endswith('iterator') or type(r).__name__ in ('enumerate', 'zip', 'map', 'filter', 'reversed'):
        return '<%s>' % type(r).__name__
    if callable(r) and not isinstance(r, type):
        return getattr(r, '__name__', '?')
    return r


def attempt(label, f):
    try:
        print(label, show(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def roundtrip(label, make, advance=1):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        for _ in range(advance):
            next(it, None)
        r = it.__reduce__()
        it2 = pickle.loads(pickle.dumps(it, proto))
        print(label, proto, type(it2).__name__, list(it2), list(it))
    it = make()
    next(it, None)
    c = copy.copy(it)
    d = copy.deepcopy(it)
    print(label, 'copy', list(c), list(d), list(it))


data = [10, 20, 30, 40]
roundtrip('list', lambda: iter(data))
roundtrip('list exhausted', lambda: iter(data), 9)
roundtrip('list reversed', lambda: reversed(data))
roundtrip('list reversed exhausted', lambda: reversed(data), 9)
roundtrip('tuple', lambda: iter((1, 2, 3)))
roundtrip('tuple exhausted', lambda: iter((1, 2)), 5)
roundtrip('range', lambda: iter(range(1, 10, 2)))
roundtrip('range reversed', lambda: reversed(range(10)), 3)
roundtrip('range exhausted', lambda: iter(range(3)), 5)
roundtrip('longrange', lambda: iter(range(2 ** 64, 2 ** 64 + 6, 2)))
roundtrip('str', lambda: iter('abcdé'), 2)
roundtrip('str ascii', lambda: iter('hello'), 1)
roundtrip('str exhausted', lambda: iter('ab'), 3)
roundtrip('str nonascii', lambda: iter('€uro ☃!'), 3)
dd = {'a': 1, 'b': 2, 'c': 3}
roundtrip('dict keys', lambda: iter(dd))
roundtrip('dict values', lambda: iter(dd.values()))
roundtrip('dict items', lambda: iter(dd.items()))
roundtrip('dict reversed', lambda: reversed(dd))
roundtrip('dict reversed items', lambda: reversed(dd.items()))
roundtrip('set', lambda: iter({5}), 0)
roundtrip('bytes', lambda: iter(b'abc'))
roundtrip('bytes exhausted', lambda: iter(b'a'), 3)
roundtrip('bytearray', lambda: iter(bytearray(b'xyz')), 2)
roundtrip('bytearray exhausted', lambda: iter(bytearray(b'xy')), 4)
roundtrip('enumerate', lambda: enumerate(data, 5))
roundtrip('enumerate tuple', lambda: enumerate((1, 2, 3)))
roundtrip('zip', lambda: zip(data, 'abcdef'))
roundtrip('zip strict', lambda: zip(data, 'abcd', strict=True))
roundtrip('map', lambda: map(pow, data, [1, 2, 3]))
roundtrip('map one', lambda: map(str, data))
roundtrip('filter', lambda: filter(None, [0, 1, 0, 2, 3]))
def isdigit(c):
    return c.isdigit()


roundtrip('filter func', lambda: filter(isdigit, 'a1b2c3'))


class Seq:
    def __repr__(self):
        return 'Seq()'

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return 4


roundtrip('reversed seq', lambda: reversed(Seq()))
roundtrip('seq iter', lambda: iter(Seq()))
roundtrip('seq iter exhausted', lambda: iter(Seq()), 6)
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return min(self.n, 4)


roundtrip('callable iter', lambda: iter(Counter(), 4))

# The reduce values themselves.
it = iter(data)
next(it)
attempt('list reduce', it.__reduce__)
attempt('list reduce_ex', lambda: it.__reduce_ex__(2))
list(it)
attempt('list exhausted reduce', it.__reduce__)
it = reversed(data)
next(it)
attempt('reversed list reduce', it.__reduce__)
list(it)
attempt('reversed list exhausted reduce', it.__reduce__)
it = iter(range(3, 20, 4))
next(it)
attempt('range reduce', it.__reduce__)
attempt('range obj reduce', range(1, 7, 2).__reduce__)
attempt('range obj reduce_ex', lambda: range(5).__reduce_ex__(2))
attempt('longrange reduce', iter(range(-2 ** 70, 0, 2 ** 68)).__reduce__)
it = iter('xyz')
next(it)
attempt('str reduce', it.__reduce__)
it = iter(dd.items())
next(it)
attempt('dict items reduce', it.__reduce__)
print(list(it))
attempt('enumerate reduce', lambda: enumerate('ab', 3).__reduce__())
attempt('zip reduce', lambda: zip('ab', 'cd').__reduce__())
attempt('zip strict reduce', lambda: zip('ab', strict=True).__reduce__())
attempt('map reduce', lambda: map(abs, [1]).__reduce__())
attempt('filter reduce', lambda: filter(None, [1]).__reduce__())
attempt('reversed reduce', lambda: reversed(Seq()).__reduce__())
attempt('seqiter reduce', lambda: iter(Seq()).__reduce__())
attempt('calliter reduce', lambda: iter(int, 1).__reduce__())

# __setstate__ clipping and argument errors.
for st in (-5, 0, 2, 99):
    it = iter(data)
    it.__setstate__(st)
    r = reversed(data)
    r.__setstate__(st)
    t = iter((1, 2, 3))
    t.__setstate__(st)
    s = iter('hello')
    s.__setstate__(st)
    g = iter(range(6))
    g.__setstate__(st)
    q = reversed(Seq())
    q.__setstate__(st)
    b = iter(b'abc')
    b.__setstate__(st)
    print('setstate', st, list(it), list(r), list(t), list(s), list(g), list(q), list(b))
for bad in ('1', 1.5, 2 ** 80, None):
    for make in (lambda: iter(data), lambda: iter(range(3)), lambda: iter('ab'), lambda: iter((1,)),
                 lambda: reversed(Seq()), lambda: iter(range(2 ** 65, 2 ** 66))):
        it = make()
        attempt('bad setstate %s %r' % (type(it).__name__, bad), lambda: it.__setstate__(bad))
attempt('no setstate arg', lambda: iter(data).__setstate__())
attempt('reduce arg', lambda: iter(dd).__reduce__(1))
attempt('reduce arg', lambda: iter('x').__reduce__(1))
attempt('setstate args', lambda: enumerate('x').__reduce__(1, 2))
attempt('setstate args', lambda: reversed(range(3)).__setstate__(1, 2))
z = zip('ab', 'c')
z.__setstate__(True)
attempt('zip strict via setstate', lambda: list(z))

# __setstate__ clips the index: [0, len] forward, [-1, len - 1] reversed
for f in (iter, reversed):
    for i in (-5, -1, 0, 2, 3, 4, 99):
        it = f([1, 2, 3])
        it.__setstate__(i)
        print(f.__name__, i, list(it))
