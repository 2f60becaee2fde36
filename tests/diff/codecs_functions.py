# codecs' module-level codec functions (utf_8_encode, latin_1_decode, ...):
# results, partial decoding with final=False, and CPython's errors.
import codecs as c
tests = [
 ('utf_8_encode', ('a\xe9',)), ('utf_8_encode', (b'x',)), ('utf_8_encode', ('a\udc80','strict')), ('utf_8_encode', ('a\udc80','surrogatepass')),
 ('utf_8_decode', (b'a\xc3',)), ('utf_8_decode', (b'a\xc3', 'strict', True)), ('utf_8_decode', ('x',)), ('utf_8_decode', (b'a\xff\xc3','replace')),
 ('latin_1_encode', ('a\xe9',)), ('latin_1_encode', ('\u20ac',)), ('latin_1_decode', (b'\xe9',)), ('ascii_encode', ('a',)), ('ascii_decode', (b'a\x80','ignore')),
 ('utf_16_encode', ('a',)), ('utf_16_encode', ('a','strict',1)), ('utf_16_encode', ('a','strict',-1)), ('utf_16_decode', (b'\xff\xfea\x00b',)), ('utf_16_le_decode', (b'a\x00b',)),
 ('utf_16_ex_decode', (b'\xfe\xff\x00a',)), ('utf_16_ex_decode', (b'a\x00',)), ('utf_32_encode', ('a',)), ('utf_32_decode', (b'\xff\xfe\x00\x00a\x00\x00\x00',)), ('utf_32_ex_decode', (b'a\x00\x00\x00',)),
 ('utf_16_be_encode', ('a',)), ('utf_32_le_encode', ('a',)),
 ('escape_encode', (b'a\n\x00\\\'\x80',)), ('escape_decode', (b'a\\n\\x41',)), ('escape_decode', ('a\\n',)),
 ('unicode_escape_encode', ('a\xe9\n',)), ('unicode_escape_decode', (b'a\\u00e9',)), ('raw_unicode_escape_encode', ('a\xe9\u20ac',)), ('raw_unicode_escape_decode', (b'\\u20ac',)),
 ('readbuffer_encode', (b'ab',)), ('readbuffer_encode', ('ab',)), ('charmap_decode', (b'ab',)), ('charmap_encode', ('ab',)), ('charmap_decode', (b'ab','strict','xy')),
 ('make_identity_dict', (range(3),)), ('make_encoding_map', ({1:2,3:4},)),
 ('utf_8_encode', ()), ('utf_8_encode', ('a','strict','x')), ('utf_8_decode', (b'a', None)), ('utf_8_encode', ('a', None)),('utf_8_encode', ('a', 1)),
 ('latin_1_decode', (bytearray(b'ab'),)), ('latin_1_decode', (memoryview(b'ab'),)),
]
for n,a in tests:
    try: print(n, [x if not isinstance(x, memoryview) else 'memoryview' for x in a], '->', repr(getattr(c,n)(*a)))
    except Exception as e: print(n, a, '!!', type(e).__name__, e)
more = [
 ('utf_8_decode', (b'\xe2\x82', 'strict', False)), ('utf_8_decode', (b'\xe2\x82\xac\xf0\x9f', None, 0)),
 ('utf_16_decode', (b'\xff',)), ('utf_16_decode', (b'\xff', 'strict', True)), ('utf_16_decode', (b'a\x00\x3d\xd8',)),
 ('utf_16_le_decode', (b'a\x00\x3d\xd8\x00\xde', 'strict', True)), ('utf_16_be_decode', (b'\x00a\x00',)),
 ('utf_16_ex_decode', (b'a\x00b\x00', 'strict', 1)), ('utf_16_ex_decode', (b'\xff\xfea\x00', 'strict', 0, True)),
 ('utf_32_be_decode', (b'\x00\x00\x00a\x00',)), ('utf_32_ex_decode', (b'\x00\x00\xfe\xff\x00\x00\x00a',)),
 ('utf_32_decode', (b'\x00\x00\xfe\xff\x00\x00\x00a',)), ('utf_16_encode', ('a', None, 0)),
 ('ascii_encode', ('a\xe9', 'replace')), ('ascii_encode', ('a\xe9', 'xmlcharrefreplace')), ('ascii_decode', (b'\xff',)),
 ('latin_1_encode', ('a\u20ac', 'backslashreplace')), ('utf_8_encode', ('a\ud800', 'replace')),
 ('charmap_decode', (b'\x00\x01\x02', 'strict', {0: 'x', 1: 0x263a, 2: None})),
 ('charmap_decode', (b'\x00\x02', 'replace', 'ab')), ('charmap_decode', (b'\x00\x01', 'strict', 'a\ufffe')),
 ('charmap_encode', ('abc', 'strict', {97: 1, 98: b'BB', 99: None})), ('charmap_encode', ('ab', 'replace', {97: 65, 63: 33})),
 ('charmap_encode', ('ab', 'strict', codecs_build_map)) if False else ('charmap_build', ('abc',)),
 ('escape_decode', (b'\\101\\t\\\n\\\\',)), ('escape_decode', (b'\\x4',)), ('escape_decode', (b'ab\\',)),
 ('escape_encode', ('str',)), ('unicode_escape_decode', (b'\\N{BULLET}',)), ('unicode_escape_decode', (b'\\u12', 'strict', False)),
 ('raw_unicode_escape_decode', (b'a\\x41\\u0041',)), ('readbuffer_encode', (bytearray(b'xy'),)), ('readbuffer_encode', (5,)),
 ('utf_7_encode', ('Hi Mom -\u263a-!',)), ('utf_7_encode', ('A\u2262\u0391.',)), ('utf_7_encode', ('1 + 1 = 2',)),
 ('utf_7_encode', ('\u65e5\u672c\u8a9e',)), ('utf_7_decode', (b'Hi Mom -+Jjo--!',)), ('utf_7_decode', (b'+ZeVnLIqe-',)),
 ('utf_7_decode', (b'a+-b',)), ('utf_7_decode', (b'+ZeV', 'strict', False)),
]
for n,a in more:
    try: print(n, a, '->', repr(getattr(c,n)(*a)))
    except Exception as e: print(n, a, '!!', type(e).__name__, e)
for name in ['utf_8_encode', 'utf_8_decode', 'latin_1_decode', 'utf_16_ex_decode', 'charmap_build', 'escape_decode']:
    try:
        getattr(c, name)(data=b'x')
    except TypeError as e:
        print(name, 'TypeError', e)
print(c.make_identity_dict('ab') if False else c.make_identity_dict(range(2)), c.make_encoding_map({1: 'a', 2: 'a', 3: 'b'}))
