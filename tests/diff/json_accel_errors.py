# json decode errors through the C scanner: CPython's messages, positions,
# lineno/colno; RecursionError for deep nesting.
import json

docs = [
    '', ' ', '\n\n', 'x', '[', '{', ']', '}', '[1,', '[1,]', '[1 2]', '[1 ', '[1,\n  2,\n  x]', '{"a"', '{"a" ', '{"a" 1}',
    '{"a":', '{"a": }', '{"a":1', '{"a":1 ', '{"a":1,}', '{"a":1 "b":2}', '{1:2}', "{'a':1}", '{"a":1}}', '[1]]',
    '"abc', '"a\\', '"\\', '"a\\x"', '"\\x', '"\\u', '"\\u1"', '"\\u12"', '"\\u123"', '"\\u1234', '"\\u12G4"',
    '"\\uZZZZ"', '"\\ud834\\u"', '"\\ud834\\uzzzz"', '"\\ud834\\udd1', '"\\ud834\\udd1e', '"\\ud834\\udd1e"',
    '"\\ud834\\u12"', '"\x01"', '"a\x1fb"', '"\n"', '"\t"', '"abc\x00', 'nul', 'nulx', 'tru', 'fals', 'Na', 'Infinit',
    '-Infinit', '-', '-x', '--1', '+1', '01', '00', '-01', '1.', '1.e5', '.5', '1e', '1e+', '1E-', '1.5E', '1.5e+x', '[1e]',
    '[1.]', '[-]', '[.5]', '[1.5.5]', '1 2', '[1] x', 'null null', '{"a":1} {"b":2}', 'truex', '"a" "b"',
    '\ufeff[]', '[\ufeff]', 'é', '["é", x]', '{"é":1,"ü" 2}', '"é\\x"', '"éé\x01"', '["é"\n,\n]', '[\n\n  ]]',
    '{"a":\n  [1,\n   2,\n   {"b" 3}]}', '  \n  [1,\n\n   ,2]', '[1,\r\n2,\r\nx]', '"\\ud800" x', '[Infinity, -Infinity, NaN, nan]',
]
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)

# Errors in bytes documents are reported on the decoded text.
for b in [b'[1,', '["\u00e9", x]'.encode(), b'{"a" 1}']:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), e)

# Exceptions raised by hooks pass through unchanged.
def boom(x):
    raise KeyError('boom %r' % (x,))
for kw in [{'object_hook': boom}, {'object_pairs_hook': boom}, {'parse_float': boom}, {'parse_int': boom},
           {'parse_constant': boom}]:
    try:
        json.loads('[{"a": 1.5, "b": 2, "c": NaN}]', **kw)
    except KeyError as e:
        print(sorted(kw), 'KeyError', e)
def stop(c):
    raise StopIteration(42)
try:
    json.loads('[NaN]', parse_constant=stop)
except json.JSONDecodeError as e:
    print('from StopIteration:', e, e.__suppress_context__)

# Integers beyond sys.get_int_max_str_digits.
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(len(str(json.loads('7' * 4300))))

# Deep nesting: RecursionError, never a crash.
for d in ['[' * 100000, '{"a":' * 100000, '[' * 50000 + ']' * 50000, '{"a":' * 30000 + '1' + '}' * 30000]:
    try:
        json.loads(d)
    except RecursionError as e:
        print('RecursionError', e)
ok = json.loads('[' * 200 + ']' * 200)
print(len(ok))
