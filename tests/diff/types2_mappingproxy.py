# types.MappingProxyType: the type of type.__dict__, which accepts any
# mapping (anything with __getitem__ except list and tuple), and forwards
# its methods to the proxied mapping.
import types
import collections
import collections.abc
import pickle

MP = types.MappingProxyType
print(MP, MP is type(type.__dict__), MP.__name__, MP.__qualname__, MP.__module__, MP.__doc__)


def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# what counts as a mapping
t(lambda: MP('xy'))
t(lambda: MP('xy')[1])
t(lambda: MP(b'ab')[0])
t(lambda: MP(range(3))[2])
t(lambda: MP(bytearray(b'x')))
t(lambda: MP([1]))
t(lambda: MP((1,)))
t(lambda: MP(1))
t(lambda: MP(None))
t(lambda: MP(int))
t(lambda: MP(MP))
t(lambda: MP({}.keys()))
t(lambda: MP(MP({'a': 1})))
t(lambda: MP(collections.OrderedDict(a=1)))
t(lambda: MP(collections.defaultdict(int, a=1))['b'])
t(lambda: MP(collections.Counter('aab'))['a'])
t(lambda: MP(collections.ChainMap({'a': 1}, {'b': 2}))['b'])


class UM:
    def __getitem__(self, k):
        return k * 2


class UG:
    def __class_getitem__(cls, k):
        return k


t(lambda: MP(UM())['a'])
t(lambda: type(MP(UM())).__name__)
t(lambda: MP(UM()).keys())
t(lambda: MP(UM()).get('a'))
t(lambda: MP(UM()).copy())
t(lambda: len(MP(UM())))
t(lambda: MP(UG()))
t(lambda: MP(UG))

# arguments
t(lambda: MP())
t(lambda: MP({}, {}))
t(lambda: MP(mapping={'k': 1}))
t(lambda: MP(x={}))
t(lambda: MP({}, mapping={}))
t(lambda: MP(mapping={}, x=1))

# methods on a dict
d = {'a': 1, 'b': 2}
p = MP(d)
t(lambda: p.get())
t(lambda: p.get(1, 2, 3))
t(lambda: p.get('a'))
t(lambda: p.get('z'))
t(lambda: p.get('z', 5))
t(lambda: p.get(k='a'))
t(lambda: p.keys(1))
t(lambda: p.values(1))
t(lambda: p.items(x=1))
t(lambda: p.copy(1))
t(lambda: p.__reversed__(1))
t(lambda: (p.keys(), p.values(), p.items()))
t(lambda: (p.copy(), type(p.copy()), p.copy() is d))
t(lambda: p | {'c': 3})
t(lambda: {'c': 3} | p)
t(lambda: p | p)
t(lambda: p | MP({'z': 0}))
t(lambda: p | 1)
t(lambda: 1 | p)
t(lambda: p.__or__(1))
t(lambda: p.__ror__({'q': 1}))


def ior():
    q = p
    q |= {}


t(ior)
t(lambda: p.__ior__({}))
t(lambda: list(reversed(p)))
t(lambda: (len(p), 'a' in p, 'z' in p, [] in p if False else None, list(p), list(iter(p))))
t(lambda: [] in p)
t(lambda: (p == d, p == {'a': 1}, p != d, d == p, p == MP(d), p == 1, p != 1))
t(lambda: p < d)
t(lambda: p >= p)
t(lambda: (repr(p), str(p), format(p), '%s' % (p,)))
t(lambda: hash(p))
t(lambda: MP.__hash__)
t(lambda: p['zz'])
t(lambda: (p['a'], p.__getitem__('b'), p.__len__(), p.__contains__('a')))
t(lambda: (bool(MP({})), bool(p)))
t(lambda: (sorted(MP({3: 1, 1: 2})), dict(MP({3: 1})), {**MP({3: 1, 1: 2})}))


def fk(**kw):
    return kw


t(lambda: fk(**MP({'q': 1})))


def setit():
    p['a'] = 3


def setit0():
    p[0] = 3


def delit():
    del p['a']


def delit0():
    del p[0]


def setattr_():
    p.x = 1


t(setit)
t(setit0)
t(delit)
t(delit0)
t(setattr_)
t(lambda: p.mapping)
t(lambda: vars(p))
print(d)

# live view: changes to the mapping show through
d['c'] = 3
print(p, len(p), list(p.items()))
del d['a']
print(p, 'a' in p)


# a user mapping: each method is forwarded as the call CPython makes
class G:
    def get(self, *a):
        return ('G.get', a)

    def __getitem__(self, k):
        return 1

    def keys(self):
        return 'K'

    def values(self):
        return 'V'

    def items(self):
        return 'I'

    def copy(self):
        return 'C'

    def __len__(self):
        return 7

    def __contains__(self, k):
        return k == 'yes'

    def __iter__(self):
        return iter('xy')

    def __reversed__(self):
        return iter('yx')

    def __or__(self, o):
        return ('or', o)

    def __ror__(self, o):
        return ('ror', o)

    def __eq__(self, o):
        return 'EQ'

    def __lt__(self, o):
        return 'LT'

    def __repr__(self):
        return 'G()'

    def __str__(self):
        return 'str-G'


g = MP(G())
t(lambda: (g.get('a'), g.get('a', 5), g.keys(), g.values(), g.items(), g.copy()))
t(lambda: (len(g), 'yes' in g, 'no' in g, list(g), list(reversed(g))))
t(lambda: (g | 1, 1 | g, g == 3, g != 3, g < 3, repr(g), str(g), f'{g}'))

# OrderedDict keeps its own methods behind the proxy
od = collections.OrderedDict(a=1, b=2)
q = MP(od)
t(lambda: (q, q.copy(), type(q.copy()).__name__, list(reversed(q)), list(q.keys())))
t(lambda: q | {'z': 1})
t(lambda: q == collections.OrderedDict(b=2, a=1))

# the type itself
t(lambda: MP[int])
t(lambda: MP[int, str])
t(lambda: sorted(set(dir(MP)) - set(dir(object))))
t(lambda: isinstance(p, collections.abc.Mapping))
t(lambda: issubclass(MP, collections.abc.Mapping))
t(lambda: isinstance(p, collections.abc.MutableMapping))
t(lambda: isinstance(p, collections.abc.Hashable))
t(lambda: isinstance(int.__dict__, MP))
t(lambda: type(iter(MP({'a': 1}))).__name__)
t(lambda: type(reversed(MP({'a': 1}))).__name__)
t(lambda: pickle.dumps(p))
t(lambda: p.__reduce_ex__(2))
t(lambda: MP.__new__(MP, {'n': 1}))
t(lambda: MP.__new__(MP))
try:
    class Sub(MP):
        pass
except TypeError as e:
    print('TypeError', e)
