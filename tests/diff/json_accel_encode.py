# json encoding through the C encoder (_json): every option, float repr,
# int/float subclasses and enums, errors and their messages.
import enum
import json
import json.encoder

def t(*a, **k):
    try:
        print(repr(json.dumps(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

floats = [0.0, -0.0, 1.0, 0.1, 1 / 3, 1e16, 1e-7, 1.5e300, 5e-324, 2.0 ** 53, 123456789.125, -1e22, 1e22, 1e-5, 0.0001]
t(floats); t(floats, indent=1)
ints = [0, 1, -1, 2 ** 61 - 1, 2 ** 61, -2 ** 61, -2 ** 61 - 1, 2 ** 63, 10 ** 30, -10 ** 40, True, False]
t(ints); t({i: i for i in ints if not isinstance(i, bool)})
strs = ['', 'abc', 'é', '中文', '😀', '\x00\x01\x1f\x7f\x80', '"\\/\b\f\n\r\t', '\u2028\u2029', '\ud800', '\udfff\ud800',
        'a' * 100 + '"' + 'é' * 50, '\uffff\U00010000\U0010ffff']
for s in strs:
    t(s); t([s]); t({s: s}, ensure_ascii=False); t([s], ensure_ascii=False)
print(ascii(json.encoder.encode_basestring('\ud800x"é')), json.encoder.encode_basestring_ascii('\U0001f600é"\\'))
for bad in [b'x', 1, None]:
    for f in (json.encoder.encode_basestring, json.encoder.encode_basestring_ascii):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)

doc = {'b': [1, 2.5, None, True, False, 'x', [], {}, [[]], [{}]], 'a': {'z': {}, 'y': [1, {'q': 'r'}]}, 'c': ()}
for kw in [{}, {'indent': 0}, {'indent': 2}, {'indent': '\t'}, {'indent': '--'}, {'indent': -1}, {'sort_keys': True},
           {'indent': 3, 'sort_keys': True}, {'separators': (',', ':')}, {'separators': (' ,', ' : '), 'indent': 1},
           {'separators': ('，', '：'), 'ensure_ascii': False}, {'ensure_ascii': False, 'indent': 1}]:
    print(kw)
    t(doc, **kw)
    print(json.JSONEncoder(**kw).encode(doc) == json.dumps(doc, **kw))

# Keys: str, int, float, bool, None; others raise or are skipped.
keys = {'s': 1, 2: 2, 2.5: 3, True: 4, False: 5, None: 6, -7: 7, 10 ** 20: 8, float('inf'): 9, -0.0: 10}
t(keys); t(keys, indent=1); t(keys, allow_nan=False); t(keys, allow_nan=False, indent=1)
t({(1, 2): 3}); t({(1, 2): 3}, indent=1); t({'a': 1, (1, 2): 3, 'b': 2}, skipkeys=True)
t({(1, 2): 3, 'a': 1}, skipkeys=True); t({(1, 2): 3}, skipkeys=True); t({(1, 2): 3}, skipkeys=True, indent=2)
t({frozenset(): 1}); t({b'x': 1}); t({1j: 1})
t({'b': 1, 'a': 2, 'c': 3}, sort_keys=True); t({2: 'b', 1: 'a'}, sort_keys=True); t({'a': 1, 2: 'b'}, sort_keys=True)
t({'a': 1, 2: 'b'}, sort_keys=True, indent=1)

# NaN / infinities.
for v in [float('nan'), float('inf'), -float('inf'), [float('nan')], {'k': -float('inf')}]:
    t(v); t(v, allow_nan=False); t(v, allow_nan=False, indent=1)

# Subclasses and enums: the int / float / str value, as CPython.
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class S(str):
    def __repr__(self): return 'S!'
class L(list): pass
class T(tuple): pass
class D(dict): pass
class Color(enum.IntEnum):
    RED = 1
class Half(float, enum.Enum):
    H = 0.5
class Name(str, enum.Enum):
    N = 'nm'
vals = [I(5), F(2.5), S('s'), L([1, L([2])]), T((3, 4)), D(a=D(b=1)), Color.RED, Half.H, Name.N, {I(1): F(1.5), F(2.5): 0},
        {Color.RED: 1, Half.H: 2, Name.N: 3}, L(), T(), D()]
t(vals); t(vals, indent=1); t(vals, sort_keys=True)
t([F('nan')], allow_nan=False); t([F('inf')], allow_nan=False, indent=1)

class Rev(list):
    def __iter__(self):
        return iter(['rev'])
class Items(dict):
    def items(self):
        return [('x', 1), ('y', 2)]
class BadItems(dict):
    def items(self):
        return [('x', 1, 2)]
t(Rev([1, 2])); t(Rev([1, 2]), indent=1); t(Items(a=1)); t(Items(a=1), indent=1, sort_keys=True); t(BadItems(a=1))

# default, check_circular, skipkeys.
class P:
    def __init__(self, x): self.x = x
t([P(1), {'p': P(2)}], default=lambda o: {'P': o.x}); t(P(3), default=lambda o: [o.x], indent=1)
t({1, 2}, default=sorted); t(P(1)); t([1, P(1)]); t({'k': P(1)}, indent=2); t(b'bytes'); t(1j)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(E().encode({'s': {3, 1}}), E(indent=1).encode([{2, 1}]), json.dumps({'s': {1}}, cls=E, sort_keys=True))
try:
    E().encode([object()])
except TypeError as e:
    print('TypeError', e)
l = []; l.append(l); t(l); t(l, indent=1)
d = {}; d['d'] = d; t(d); t([d])
t(P(1), default=lambda o: o)
t(P(1), default=lambda o: [o])
shared = [1, 2]
t([shared, shared, {'a': shared}])
t([shared, shared], check_circular=False)
def deflist(o):
    return [str(type(o).__name__)]
t([P(1), P(2)], default=deflist, check_circular=False)

# A default that raises, and one that returns unencodable values.
def bad_default(o):
    raise RuntimeError('no %s' % type(o).__name__)
t([1, P(1)], default=bad_default)
t([1, P(1)], default=lambda o: o.x if isinstance(o, P) else None)
t([1, P(1)], default=lambda o: P)

# The list changes under default().
grow = [1, P(0), 2]
def mut(o):
    grow.append(9)
    return o.x
t(grow, default=mut)

# Deep nesting.
a = []
for i in range(20000):
    a = [a]
try:
    json.dumps(a)
except RecursionError as e:
    print('RecursionError', e)
dd = {}
for i in range(20000):
    dd = {'a': dd}
try:
    json.dumps(dd)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)
x = []
for i in range(12):
    x = [x, {'k': x}]
print(len(json.dumps(x)), len(json.dumps(x, indent=1)))

# Encoder attributes and iterencode.
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.item_separator, repr(enc.key_separator), list(json.JSONEncoder().iterencode([1, 2], _one_shot=True)))
print(''.join(enc.iterencode({'b': [1], 'a': 2}, _one_shot=True)), list(json.JSONEncoder().iterencode({'a': [1]})))
print(json.dumps('str'), json.dumps('é', ensure_ascii=False), json.dumps(5), json.dumps(None), json.dumps(2.5))
big = [{'id': i, 'name': 'user%d' % i, 'score': i / 7, 'tags': ['t%d' % (i % 3), 'é'], 'ok': i % 2 == 0} for i in range(400)]
s1, s2 = json.dumps(big), json.dumps(big, indent=2, sort_keys=True, ensure_ascii=False)
print(len(s1), len(s2), json.loads(s1) == big, json.loads(s2) == big, hash(s1) == hash(json.dumps(big)))
