# Pickling and copying of collections, decimal, fractions and enum objects
# (dumps byte-identical with CPython for every protocol).
import pickle, copy, collections, decimal, fractions, enum


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2


Point = collections.namedtuple('Point', 'x y')
values = [
    collections.deque([1, 2, 3]), collections.deque('ab', 5), collections.deque(),
    collections.OrderedDict([('b', 1), ('a', 2)]), collections.OrderedDict(),
    collections.defaultdict(list, {1: [2]}), collections.defaultdict(None, {'k': 'v'}),
    collections.defaultdict(int),
    collections.Counter('abracadabra'), collections.Counter(),
    collections.ChainMap({'a': 1}, {'b': 2}), Point(1, 2), Point(x=[3], y=None),
    decimal.Decimal('1.25'), decimal.Decimal('-0'), decimal.Decimal('NaN'), decimal.Decimal('-Infinity'),
    decimal.Decimal('1E+999'), decimal.Decimal('sNaN123'),
    fractions.Fraction(3, 4), fractions.Fraction(-10**30, 7), fractions.Fraction(0),
    Color.RED, Color.GREEN, Perm.R, Perm.R | Perm.W, Perm(0),
]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            data = pickle.dumps(v, proto)
            back = pickle.loads(data)
            print(proto, repr(v), data)
            print('   ->', repr(back), back == v or (v != v and back != back), type(back).__name__)
        except Exception as e:
            print(proto, repr(v), type(e).__name__, e)
    c, dc = copy.copy(v), copy.deepcopy(v)
    print('  copy', repr(c), repr(dc), c is v, dc is v)

# identity of enum members and shared objects through the memo
data = pickle.dumps([Color.RED, Color.RED, Perm.R], 2)
back = pickle.loads(data)
print(back[0] is Color.RED, back[0] is back[1], back[2] is Perm.R)
dq = collections.deque([1])
dq.append(dq)
back = pickle.loads(pickle.dumps(dq, 4))
print(len(back), back[1] is back)
od = collections.OrderedDict(a=1)
od['self'] = od
back = pickle.loads(pickle.dumps(od, 2))
print(list(back), back['self'] is back)
dd = collections.defaultdict(list)
dd['x'].append(1)
back = copy.deepcopy(dd)
back['y'].append(2)
print(dict(back), back.default_factory)
ctx_dec = copy.deepcopy(decimal.Context(prec=7))
print(ctx_dec.prec)
print(pickle.loads(pickle.dumps(decimal.Context(prec=9, rounding=decimal.ROUND_DOWN), 2)))
