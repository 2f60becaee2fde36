import json


class Rec:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Pt:
    def __init__(self, x):
        self.x = x


data = {'a': [1, 'two', None, True, 2.5, [], {}, [3, [4]], {'k': 'v'}], 'b': {'c': [], 'd': Pt(7)},
        5: 'int key', 1.5: 'float', None: 0, False: [Pt(1), Pt(2)]}
for kw in [{}, {'indent': 2}, {'indent': '\t', 'sort_keys': False}, {'separators': (';', '=')},
           {'indent': 0}, {'ensure_ascii': False}]:
    r = Rec()
    json.dump(data, r, default=lambda o: {'pt': o.x}, **kw)
    print(kw, r.parts)
    print(json.dumps(data, default=lambda o: [o.x], **kw))
r = Rec()
json.dump([float('nan'), 'é\u2028\U0001F600', -0.0, 1e300, 10 ** 20], r)
print(r.parts)
enc = json.JSONEncoder(indent=1)
print(list(enc.iterencode({'z': [1, {'y': 2}]})), enc.item_separator, enc.key_separator)
print(list(json.JSONEncoder().iterencode('str')), list(json.JSONEncoder().iterencode(5)))
cyc = []
cyc.append(cyc)
for obj in [cyc, {'x': Pt(1)}]:
    try:
        json.dumps(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True), json.dumps({2: 'b', 1: 'a'}, sort_keys=True))
try:
    json.dumps({2: 'b', 'a': 1}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)


class Sub(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(Sub().encode({'s': {3, 1, 2}}), json.dumps({'s': {1}}, cls=Sub, indent=3))
try:
    Sub().encode({1j})
except TypeError as e:
    print('TypeError', e)
