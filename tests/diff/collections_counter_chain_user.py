from collections import Counter, ChainMap, UserDict, UserList, UserString, namedtuple
import copy

c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c.total(), sorted(c.elements()))
c.update('aaz')
c.update({'b': 10, 'q': -1})
c.subtract(['a', 'a'])
c.subtract({'z': 5})
print(c, c['missing'], len(c))
del c['nope']
d = Counter(a=3, b=-2, c=0)
print(+d, -d, d + Counter(b=5), d - Counter(a=5), d | Counter(b=1, e=2), d & Counter(a=1, b=1))
e = Counter(a=1, b=2)
e += Counter(a=-1, c=3)
print(e)
e -= Counter(c=1, x=-4)
print(e)
e |= Counter(b=7, y=0)
print(e)
e &= Counter(b=3)
print(e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter() > Counter())
print(Counter('ab') == {'a': 1, 'b': 1}, repr(Counter()), Counter(x=1.5, y=2), Counter({1: 'a', 2: 'b'}) if False else '')
print(Counter({'a': [1], 'b': 2}.keys()), Counter(['x', 'y', 'x']).copy())
try:
    Counter.fromkeys('abc')
except NotImplementedError as ex:
    print(ex)
print(Counter('ab') + 3 if False else None)
try:
    Counter('ab') + 3
except TypeError as ex:
    print('TypeError', ex)

base, mid, top = {'a': 1, 'b': 2}, {'b': 20, 'c': 30}, {'d': 400}
cm = ChainMap(top, mid, base)
print(cm, len(cm), list(cm), cm['b'], cm.get('zz', 0), 'a' in cm, bool(ChainMap()), bool(ChainMap({})))
cm['a'] = 'new'
print(top, cm['a'], cm.parents, cm.new_child({'x': 1}).maps[0], cm.new_child(y=2).maps[0])
for op in (lambda: cm.__delitem__('b'), lambda: cm.pop('b'), lambda: ChainMap({}, {'a': 1}).popitem(), lambda: cm['nope']):
    try:
        op()
    except KeyError as ex:
        print('KeyError', ex)
print(cm.pop('d'), cm.pop('zz', 'dflt'), cm.popitem(), cm)
cm2 = cm.copy()
cm2['k'] = 1
print(cm2.maps[0] is cm.maps[0], cm2 | {'z': 0}, {'p': 1} | cm2, ChainMap.fromkeys('ab', 0))
cm2 |= {'w': 9}
print(cm2.maps[0])
cm2.clear()
print(cm2.maps)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


u = Defaulting({'a': 1}, b=2)
print(u, u['a'], u['zz'], 'zz' in u, len(u), u.get('zz'), u.copy(), type(u.copy()).__name__)
print(u | {'c': 3}, {'c': 3} | u, UserDict.fromkeys('xy', 1))
u |= UserDict(q=5)
print(u, copy.copy(u), u == {'a': 1, 'b': 2, 'q': 5})
ul = UserList([3, 1, 2])
ul.append(0)
ul.extend(UserList([9]))
ul += (8,)
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [1], [1] + ul, ul * 2, 2 * ul, ul.index(9), ul.count(1))
ul.sort()
ul.reverse()
ul.insert(0, -1)
print(ul, ul.pop(), ul.pop(0), ul, ul < [9], ul == UserList(ul), 3 in ul, len(ul), copy.copy(ul))
ul *= 2
ul.remove(9)
print(ul, ul.copy(), type(ul.copy()).__name__)
ul.clear()
print(ul)
s = UserString('Hello World')
print(s, repr(s), s.upper(), s.lower().title(), s[0], s[::-1], s + '!', '>' + s, s * 2, len(s), 'World' in s)
print(s.split(), s.replace('l', 'L', 2), s.find('o'), s.rfind('o'), s.count('l'), s.center(15, '*'), s.zfill(13))
print(s.startswith('He'), s.endswith('ld'), s.partition(' '), s.encode(), s.strip('Hd'), s.removeprefix('Hell'), hash(s) == hash('Hello World'))
print(UserString('%s-%d') % ('x', 3), s == 'Hello World', s < 'Z', UserString(42), int(UserString('12')), float(UserString('2.5')))
print(sorted([UserString('b'), UserString('a')]), s.join(['1', '2']), s.isalpha(), UserString('abc').isalpha())
P = namedtuple('P', 'x, y z', defaults=[5])
print(P(1, 2), P(1, 2, 3)._replace(z=9), P._fields, P._field_defaults, P._make([1, 2, 3])._asdict(), P.__doc__, P.__new__.__doc__)
for bad in [lambda: namedtuple('1x', 'a'), lambda: namedtuple('P', 'a a'), lambda: namedtuple('P', '_a'), lambda: namedtuple('P', 'class'),
            lambda: namedtuple('P', 'a', defaults=[1, 2]), lambda: P._make([1]), lambda: P(1, 2)._replace(w=1), lambda: P(1)]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
R = namedtuple('R', ['ok', 'def', '_x', 'ok'], rename=True)
print(R._fields, R(1, 2, 3, 4), R.__match_args__, P.x.__doc__)
try:
    P(1, 2).x = 5
except AttributeError as ex:
    print('AttributeError', ex)
