# str basics: construction, indexing, slicing, comparison, hashing, iteration,
# operators and their errors.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

s = 'héllo wörld 日本語 😀!'
print(len(s), len(''), len('abc'))
for i in range(-len(s), len(s)):
    print(i, s[i], end='; ')
print()
t(lambda: s[len(s)])
t(lambda: s[-len(s) - 1])
t(lambda: s['x'])
t(lambda: s[1.5])
t(lambda: s[2**100])
for sl in [(None, None, None), (1, 5, None), (-5, None, None), (None, None, -1), (None, None, 2),
           (1, -1, 3), (10, 2, -2), (100, -100, -1), (-100, 100, None), (3, 3, None), (5, 2, None)]:
    print(sl, repr(s[slice(*sl)]))
t(lambda: s[::0])
long = ''.join(chr(0x3b1 + i % 20) + 'ab' for i in range(300))
print(len(long), long[0], long[150], long[-1], long[555:560], long[::97], long[899:890:-3])
print(sum(1 for c in long if c == 'a'), [long.index('β', 100), long.rindex('γ')])

# comparisons are by code point
words = ['b', 'a', 'ab', '', 'é', 'z', 'Z', '日', '\U0001F600', '\uffff', 'aé', 'ae']
print(sorted(words))
print('a' < 'b', 'a' < 'ab', 'é' > 'z', '\uffff' < '\U00010000', 'abc' == 'abc', 'abc' != 'abd')
print('a' <= 'a', 'b' >= 'a', 'a' == 1, 'a' != 1)
t(lambda: 'a' < 1)
t(lambda: 1 >= 'a')

# hashes (PYTHONHASHSEED=0 in the test environment)
for w in ['', 'a', 'abc', 'é', '日本', '\U0001F600', 'hello world', 'x' * 100, '\ud800']:
    print(repr(w)[:20], hash(w))
d = {}
for w in ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape']:
    d[w] = len(w)
print(d, set('abcdefgh') == set('hgfedcba'))
print(sorted({'b', 'a', 'c'}), list({'x': 1, 'y': 2}))

# iteration
print(list('aé日😀'), list(iter('')), [c for c in 'xyz'])
it = iter('abc')
print(next(it), next(it), next(it))
t(next, it)

# operators
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 5)
t(lambda: 'a' + 1)
t(lambda: 1 + 'a')
t(lambda: 'a' * 'b')
t(lambda: 'a' * 1.5)
t(lambda: 'ab' * (2**62))
t(lambda: 'ab' * (2**63))
t(lambda: 'a' - 'b')
print('ell' in 'hello', '' in 'abc', 'xyz' in 'abc', 'é' in 'café', 'f\u00e9' in 'café')
t(lambda: 1 in 'abc')
t(lambda: None in 'abc')
x = 'abc'
x += 'def'
x *= 2
print(x)

# constructor
print(str(), str(123), str(1.5), str([1, 'a']), str(None), str(b'x\xff'), str('abc'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'abc', encoding='ascii'))
print(str(b'caf\xe9', 'utf-8', 'replace'), str(b'caf\xe9', errors='ignore'), str(bytearray(b'xy'), 'utf-8'))
t(str, 1, 2)
t(str, b'a', 'bogus')
t(str, 1, 'utf-8')
t(str, 'a', 'utf-8')
t(str, b'\xff', 'utf-8')
t(str, b'a', 'utf-8', 5)
t(str, object='x')
t(str, obj='x')

class S(str):
    pass
class T(str):
    def __str__(self):
        return 'T!'
s1 = S('hello')
print(type(s1).__name__, s1, len(s1), s1.upper(), type(s1.upper()).__name__, s1 == 'hello', hash(s1) == hash('hello'))
print(type(str(s1)).__name__, str(T('x')), type(s1 + 'x').__name__, type(s1[1:]).__name__, isinstance(s1, str))
s1.attr = 5
print(s1.attr, {'hello': 1}[s1], s1 in {'hello'}, repr(s1), '%s' % s1)
print(repr(T('q')), '%s' % T('q'), '{}'.format(T('q')), str(T('q')))

# repr and ascii
for w in ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r', 'nul\x00',
          'del\x7f', 'é', '\xa0', '\xad', '\u200b', '日本', '\U0001F600', '\ud800', '\U000e0001', '\\', '\x85',
          '\u2028', 'ÿ', 'Ā', '\uffff', '\U0010ffff']:
    print(repr(w), ascii(w), len(repr(w)))

# chr/ord round trips
print([ord(c) for c in 'aé日😀'], chr(97), chr(0xe9), chr(0x65e5), chr(0x1F600), repr(chr(0xd800)))
t(chr, 0x110000)
t(chr, -1)
t(ord, 'ab')
t(ord, '')

# encode / decode
for w in ['abc', 'héllo', '日本', '😀', '\ud800', 'a\udce9b']:
    for enc, err in [('utf-8', 'strict'), ('utf-8', 'surrogatepass'), ('utf-8', 'surrogateescape'),
                     ('ascii', 'strict'), ('ascii', 'replace'), ('ascii', 'ignore'), ('ascii', 'xmlcharrefreplace'),
                     ('ascii', 'backslashreplace'), ('latin-1', 'strict'), ('latin-1', 'replace'), ('utf8', 'strict'),
                     ('UTF-8', 'strict'), ('Latin1', 'strict'), ('bogus', 'strict'), ('utf-8', 'bogus')]:
        t(w.encode, enc, err)
for b in [b'abc', b'\xc3\xa9', b'\xff', b'a\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80',
          b'\xf8\x88\x80\x80\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'\x80abc']:
    for err in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', 'surrogatepass']:
        t(b.decode, 'utf-8', err)
    t(b.decode, 'ascii')
    t(b.decode, 'latin-1')
t('a'.encode, encoding=1)
t('a'.encode, 'utf-8', errors=2)
print('x'.encode(), 'é'.encode('utf-8'), 'abc'.encode(encoding='ascii', errors='strict'))
try:
    'a\u20acb'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b'ab\xffc'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)

print(''.__sizeof__(), 'abc'.__sizeof__(), 'é'.__sizeof__(), '日本'.__sizeof__(), '😀'.__sizeof__())
print('abc'.__getnewargs__(), S('q').__getnewargs__(), type(S('q').__getnewargs__()[0]).__name__)
print(str.__name__, type('').__name__, type(iter('abc')).__name__, type(iter('é')).__name__)
