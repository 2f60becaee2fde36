# Objects of library classes: the same bytes as CPython and a round trip.
import pickle, decimal, collections, enum, functools, dataclasses, types, fractions, uuid

Pt = collections.namedtuple('Pt', 'x y')


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2


@dataclasses.dataclass
class Item:
    name: str
    tags: list


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int


objs = [decimal.Decimal('1.25'), decimal.Decimal('-0'), Pt(1, 2), Color.RED, Color.GREEN, Perm.R | Perm.W,
        functools.partial(max, 1, key=abs), Item('x', ['a']), Frozen(3), types.SimpleNamespace(a=1, b=[2]),
        fractions.Fraction(1, 3), uuid.UUID(int=5), collections.OrderedDict(a=1, b=2),
        collections.deque([1, 2], maxlen=5), collections.Counter('abca'),
        collections.defaultdict(list, {'k': [1]}), collections.ChainMap({'a': 1}, {'b': 2}),
        Pt, Color, Item, functools.partial, collections.OrderedDict]
for o in objs:
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
        except Exception as e:
            print(p, type(o).__name__, 'EXC', type(e).__name__, e)
            continue
        r = pickle.loads(d)
        if isinstance(o, functools.partial):
            same = (r.func, r.args, r.keywords) == (o.func, o.args, o.keywords)
        else:
            same = r == o
        print(p, type(o).__name__, d.hex(), same, type(r).__name__)
