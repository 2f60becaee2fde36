from collections import defaultdict, OrderedDict, ChainMap, UserDict, UserList, UserString

d = defaultdict(list)
d['a'].append(1); d['b'].extend([2, 3]); d['a'].append(4)
print(d, d['zz'], len(d), d.default_factory)
print(defaultdict(int, {'x': 1}), defaultdict(None), defaultdict(lambda: 0, a=1)['b'])
n = defaultdict()
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
cp = d.copy(); print(type(cp).__name__, cp == d, cp is d, cp.default_factory)
print(d | {'c': 1}, isinstance(d, dict))

o = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(o, list(o), list(reversed(o)))
o.move_to_end('a'); print(o)
o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict(x=1) == OrderedDict(x=1))
p = OrderedDict([('a', 1), ('b', 2)]); q = OrderedDict([('b', 2), ('a', 1)])
print(p == q, p == dict(q), dict(p) == q, OrderedDict.fromkeys('xy', 0))
for f in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('k')]:
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
print(p | {'z': 0}, p.copy(), p.setdefault('q', 9), p)

base = {'a': 1, 'b': 2}; over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), list(cm), 'c' in cm, cm.get('zz', 'dflt'))
ch = cm.new_child(); ch['a'] = 100; print(ch, ch.parents, ch['a'], cm['a'])
del ch['a']; print(ch.maps[0])
for f in [lambda: ch.pop('nope'), lambda: ChainMap({}).popitem(), lambda: cm['zz']]:
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
print(ChainMap(), dict(cm), cm.new_child({'x': 1}, y=2) if False else cm.new_child({'x': 1}))

u = UserDict({'a': 1}, b=2)
u['c'] = 3; del u['a']
print(u, len(u), 'b' in u, u.get('zz'), dict(u), u.data, u | {'d': 4})
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul == [0, 1, 2, 3])
ul.extend(UserList([7])); ul.reverse(); print(ul, ul.pop(), ul.index(2), ul.count(1))
us = UserString('Hello')
print(us, repr(us), us.upper(), us + '!', us[1:3], len(us), us == 'Hello', 'ell' in us, us.split('l'), type(us.lower()).__name__)
print(us.center(9, '*'), us.replace('l', 'L'), us.find('l'), us * 2, us < 'World')
