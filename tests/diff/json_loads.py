import json
from collections import OrderedDict
docs = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12G4"', '"\x01"', '[', '{',
        '{"a":', 'nul', '-', '-x', '01', '1.', '1e', '1.5e+3', '"\\ud83d\\ude00"', '[1] x', 'NaN', '-Infinity', 'Infinity',
        '{"a":1 "b":2}', '"a', '"a\\', '[1,\n  2,\n  x]', '\ufeff[]', 'tru', '["a"\n,]', '{"a":1}}', '  \n  ', 'null', 'true',
        'false', '-0', '-0.0', '1E400', '-12.5e-3', '123456789012345678901234567890', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u4e2d"',
        '{"a": [1, 2, {"b": null}], "c": "d"}', ' [ ] ', '{ }', '[[[]]]', '{"a":1,"a":2}', '"é中😀"', '[1,2', '{"a"', '{"a":1', '"\t"',
        '[true, false, null, 1.0, -1, "x"]', '{"": ""}', '1 2', '[-]', '[.5]', '[1.5.5]', '"\\u0000"']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), type(e).__name__, e, e.msg, e.pos, e.lineno, e.colno, e.doc == d)
    except Exception as e:
        print(repr(d), type(e).__name__, e)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: 'C:' + c))
print(json.loads('{"b": 1, "a": {"x": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict))
print(repr(json.loads('"a\x01b"', strict=False)), json.loads(b'[1, "x"]'), json.loads(bytearray(b'{"k": true}')), json.loads('"x"'.encode('utf-16')))
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.decode(' {"x": [1]} '), dec.raw_decode('x"y"', 1))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
class MyDec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: ('obj', d), **kw)
print(json.loads('{"a": {"b": 1}}', cls=MyDec))
class R:
    def read(self): return '{"from": "file"}'
print(json.load(R()), json.load(R(), object_pairs_hook=list))
print(isinstance(json.JSONDecodeError('m', 'doc', 1), ValueError), json.JSONDecodeError('m', 'a\nbc', 3).colno)
