import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString
from dataclasses import dataclass, field
from types import MappingProxyType

data = {'name': 'Pyclave', 'numbers': list(range(40)), 'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z' * 30)}], 'b': None},
        'tuple1': (1,), 'empty': [], 'set': {3, 1, 2}, 'fs': frozenset({20, 10}), 'float': 1.5e300, 'bytes': b'\x00\x01' * 30,
        'text': 'lorem ipsum dolor sit amet ' * 6, 'lines': 'first line\nsecond line is here\n' * 3, 3: 'int key', (1, 2): 'tuple key'}
for width in (80, 40, 20, 5):
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, indent=4, width=60, compact=True))
print(pprint.pformat(data, depth=2), pprint.pformat(data, depth=1))
print(pprint.pformat(data, sort_dicts=False, width=50))
print(pprint.pformat(list(range(100)), compact=True, width=40))
print(pprint.pformat([[i] * i for i in range(8)], width=30, compact=True))
print(pprint.pformat(10 ** 20, underscore_numbers=True), pprint.pformat([12345678, 1.5], underscore_numbers=True))
od = OrderedDict((str(i), i) for i in range(12))
dd = defaultdict(list, {k: [k] * 5 for k in 'abcdef'})
c = Counter('abracadabra' * 5)
cm = ChainMap({'a': 1, 'b': list(range(20))}, {'c': 3})
dq = deque(range(30), maxlen=40)
for obj in (od, dd, c, cm, dq, deque(range(30)), UserDict({'k': list(range(30))}), UserList(list(range(30))),
            UserString('x' * 100), MappingProxyType({'a': list(range(30))}), bytearray(b'abcdefgh' * 12),
            OrderedDict(), defaultdict(int), Counter(), deque(), set(), frozenset(range(30)), tuple(range(30))):
    print(pprint.pformat(obj, width=40))


@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: str = field(default='h', repr=False)


print(pprint.pformat(Point(1, list(range(30))), width=40), pprint.pformat([Point(2)], width=10))
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).split('with id=')[0], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, 'a', (2.5,)]),
      pprint.isreadable(object()), pprint.saferepr({'b': 1, 'a': [2]}), pprint.isrecursive(d))
pprint.pprint(['x' * 30, 'y' * 30, {'z': 'w' * 40}])
pprint.pp({'b': 2, 'a': 1, 'c': list(range(25))})
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({'key%d' % i: i for i in range(6)})
print(pp.isreadable({1: 2}), pp.isrecursive([]), pp.pformat('short'), pp.pformat(''), pp.pformat(b'ab'))
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(pprint.pformat({1: 'a', 'b': 2, None: 3, 2.5: 4}))


class Custom:
    def __repr__(self):
        return 'Custom(' + 'c' * 90 + ')'


print(pprint.pformat([Custom(), Custom()]), pprint.pformat({'long string key ' * 3: 'v' * 60}))
