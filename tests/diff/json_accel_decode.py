# json decoding through the C scanner (_json): values, hooks, options,
# key memo, scan_once / scanstring / raw_decode entry points.
import json
import json.decoder
import json.scanner
from collections import OrderedDict

docs = [
    '0', '-0', '1', '-1', '42', '-42', '123456789012345678', '1234567890123456789', '-9223372036854775808',
    '99999999999999999999999999999999', '0.5', '-0.0', '1e5', '1E5', '1e+5', '1e-5', '2.5e-3', '1.7976931348623157e308',
    '1e400', '-1e400', '5e-324', '1e-400', '0.1', '3.141592653589793', '123.456e78',
    '""', '"abc"', '"\\u00e9"', '"\\u00E9"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00"', '"\\ud83d\\u0041"',
    '"\\ude00\\ud83d"', '"x\\ud83dy"', '"\\ud83d\\ud83d\\ude00"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"é中😀"',
    '"a\\u0000b"', '"\\u0041\\u0042"', '"\u2028\u2029"', '"\x7f"',
    'null', 'true', 'false', 'NaN', 'Infinity', '-Infinity',
    '[]', '[ ]', '[1]', '[1,2,3]', ' [ 1 , 2 ] ', '[[[[]]]]', '{}', '{ }', '{"a":1}', '{"a": {"b": [1, {"c": null}]}}',
    '{"a":1,"a":2,"b":3,"a":4}', '{"": 0}', '{"\\u0061": 1, "a": 2}', '\t\n\r [1]\n', '[1, 2.0, "3", [4], {"5": 6}]',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), repr(v), type(v).__name__)

# Lone surrogates in the input document are kept as they are.
print(ascii(json.loads('"\ud800"')), ascii(json.loads('["\udfff", "\ud83d\ude00"]')))

# Numbers: parse_float / parse_int / parse_constant get the exact text.
print(json.loads('[1.0, 2, -3.5e1, 1E400, 10000000000000000000000]', parse_float=lambda s: ('F', s),
                 parse_int=lambda s: ('I', s)))
print(json.loads('[NaN, -Infinity, Infinity, [NaN]]', parse_constant=lambda s: 'C' + s))
print(json.loads('[1.5, 2]', parse_float=float, parse_int=int))
import decimal
print(json.loads('[1.10, 2.50e3]', parse_float=decimal.Decimal) if hasattr(decimal, 'Decimal') else None)
nan = json.loads('NaN')
print(nan != nan, json.loads('Infinity') > 1e308, json.loads('-Infinity') < -1e308)

# Hooks.
print(json.loads('{"b": 1, "a": {"x": [1, {"y": 2}]}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[{}, {"k": []}]', object_hook=lambda d: ('obj', len(d))))
calls = []
def hook(d):
    calls.append(sorted(d))
    return len(calls)
print(json.loads('{"a": {"b": {"c": {}}}, "d": {}}', object_hook=hook), calls)

# strict=False accepts control characters inside strings.
print(repr(json.loads('"a\x01b\tc\nd\x1f"', strict=False)), repr(json.loads('["\x00"]', strict=False)))
print(repr(json.JSONDecoder(strict=0).decode('"\x02"')))

# Key memo: equal keys (however written) become one object, as in CPython.
v = json.loads('[{"key": 1, "other": 2}, {"key": 3}, {"k\\u0065y": 4}]')
ks = [list(d)[0] for d in v]
print(ks, ks[0] is ks[1], ks[1] is ks[2])
v = json.loads('[{"é": 1}, {"\\u00e9": 2}]')
print(list(v[0])[0] is list(v[1])[0])

# bytes input and detect_encoding.
print(json.loads(b'{"a": [1]}'), json.loads(bytearray(b'[true]')), json.loads('["\u00e9"]'.encode('utf-16')),
      json.loads('[2]'.encode('utf-32-le')), json.loads('"x"'.encode('utf-8-sig')))

# Decoder entry points.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('x"y"', 1), dec.raw_decode('é [1]é', 2), dec.decode(' {"x": [1]} '))
print(dec.scan_once('  [1]', 2), dec.scan_once('éé"ü" x', 2), dec.scan_once('{"a": "é"} 1', 0))
for args in [(' [1]', 0), (' [1,', 1), ('[1]', 10), ('', 0), ('é', 1)]:
    try:
        print(dec.scan_once(*args))
    except StopIteration as e:
        print('StopIteration', e.value)
for args in [('[1]', -1), (b'[1]', 0), ('[1]', 1.5)]:
    try:
        print(dec.scan_once(*args))
    except Exception as e:
        print(type(e).__name__, e)
sc = json.decoder.scanstring
print(sc('"abc" x', 1), sc('xé"abé" y', 3), sc('"a\\nb\\u00e9"', 1), sc('"\x01"', 1, False), sc('"abc"', 5 - 1))
for args in [('"abc', 0), ('"abc', 5), ('"abc', -1), ('"abc', 1), ('é"\\x"', 2), ('"\x01"', 1)]:
    try:
        print(sc(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    sc(b'"a"', 1)
except TypeError as e:
    print('TypeError', e)
print(json.scanner.make_scanner(dec)('[1, "two"]', 0))

# Big documents round trip.
big = {'k%d' % i: [i, str(i), i * 0.5, {'n': None, 't': True}] for i in range(2000)}
text = json.dumps(big)
print(len(text), json.loads(text) == big, json.loads(json.dumps(big, indent=1)) == big)
print(json.loads('[' + ','.join(['"\\u00e9x"'] * 3000) + ']')[-1], len(json.loads('"' + 'é' * 100000 + '"')))

# Long and extreme numbers: correctly rounded floats, ints of any size.
print(json.loads('1' * 5000 + '.5'), json.loads('0.' + '0' * 1000 + '1e1000'), json.loads('1' * 400 + 'e-100'))
print(json.loads('2.4703282292062327e-324'), json.loads('2.4703282292062328e-324'),
      json.loads('[9007199254740993.0, 0.1e-999, 1e-1000000000000, 1e1000000000000]'))
print(json.loads('[123456789012345678, -123456789012345678, 999999999999999999, -999999999999999999]'),
      json.loads('[1000000000000000000, -1000000000000000000, 2305843009213693951, 2305843009213693952]'))
print(json.loads(' ' * 1000 + '[' + ' ' * 1000 + '1' + '\n' * 1000 + ']' + '\t' * 1000))
