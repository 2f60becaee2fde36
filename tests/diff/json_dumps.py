import json
def t(*a, **k):
    try:
        print(repr(json.dumps(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
vals = [None, True, False, 0, -5, 10**30, 1.5, 0.1, 1e16, 1e-7, -0.0, 3.0, float('nan'), float('inf'), -float('inf'), 'abc',
        'é中😀\x00\x1f\x7f"\\/\n\t\b\f\r', [], {}, (), [1, [2, [3]]], (1, 'a'), {'a': 1, 'b': [1, 2], 'c': {}},
        {1: 'i', 2.5: 'f', True: 't', False: 'f', None: 'n'}, [{'x': None}], {'k': ()}]
for v in vals:
    t(v); t(v, indent=2); t(v, ensure_ascii=False); t(v, separators=(',', ':')); t(v, indent='\t', sort_keys=True)
t({'b': 1, 'a': 2, 'c': {'z': 1, 'y': [1, {}]}}, sort_keys=True, indent=4)
t([1, 2], indent=0); t({'a': [1]}, indent=''); t([1, {'a': 2}], indent=3, separators=(' ,', ' : '))
t(float('nan'), allow_nan=False); t([float('inf')], allow_nan=False); t({'a': -float('inf')}, allow_nan=False)
t({(1, 2): 3}); t({(1, 2): 3, 'a': 1}, skipkeys=True); t({'a': 1, 2: 'b'}, sort_keys=True); t({b'x': 1})
t(object); t([1, {1, 2}]); t({1, 2}, default=sorted); t(b'bytes'); t(complex(1, 2), default=lambda c: [c.real, c.imag])
l = []; l.append(l); t(l); d = {}; d['d'] = d; t(d); t([l], check_circular=False) if False else None
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
t({'s': {3, 1, 2}}, cls=E); t({'s': object}, cls=E)
print(E(indent=1).encode([1, {2, 3}]), list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}), json.JSONEncoder().encode('é'), json.JSONEncoder(ensure_ascii=False).encode('é'))
class IntS(int): pass
class FloatS(float): pass
class StrS(str): pass
t([IntS(5), FloatS(2.5), StrS('s'), {StrS('k'): IntS(1)}])
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump({'a': [1, 2, None], 'b': 'x'}, w); print(''.join(w.parts), len(w.parts) > 1)
w = W(); json.dump([1, 2], w, indent=1); print(''.join(w.parts))
obj = {'n': [1, 2.5, 'x', None, True], 'd': {'k': 'v'}}
print(json.loads(json.dumps(obj)) == obj, json.loads(json.dumps(obj, indent=2)) == obj)
