# Padding, tabs, translate/maketrans, set/dict order from str hashes, and
# assorted behaviours of str.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

for s in ['abc', 'héllo 日本', '-12', '+x', '', 'ab']:
    print(repr(s), s.center(9), s.center(10, '*'), s.ljust(8, 'é'), s.rjust(7), s.zfill(6), s.center(2),
          s.center(11, '日'), s.ljust(0), s.rjust(-5), s.zfill(-1), s.center(4), s.center(5))
t('a'.center)
t('a'.center, 3, 'ab')
t('a'.center, 3, '')
t('a'.center, 3, 5)
t('a'.center, 'x')
t('a'.center, 2**70)
t('a'.ljust, 3, fillchar='x')
t('a'.zfill)
t('a'.zfill, 'x')
t('a'.zfill, 2**63)
t('a'.zfill, 3.0)
for s in ['a\tb', '\tx\ty\n\tz', 'abc\r\tdef', '日\t本', '\t', 'no tabs', 'a\t\t|']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)),
          repr(s.expandtabs(tabsize=1)))
t('a\tb'.expandtabs, 'x')
t('a\tb'.expandtabs, 2**40)
t('a\tb'.expandtabs, 8, 9)
t('a\tb'.expandtabs, size=3)

tbl = str.maketrans('abc', 'xyz', 'd')
print(tbl, 'abcdef'.translate(tbl), 'aé'.translate({ord('é'): 'E', ord('a'): None}))
print(str.maketrans({'a': 'b', 98: None, 'é': 233}), 'x'.maketrans('', ''), str.maketrans('é日', 'e本'))
t(str.maketrans)
t(str.maketrans, 1)
t(str.maketrans, {'ab': 1})
t(str.maketrans, {1.5: 1})
t(str.maketrans, 'ab', 'c')
t(str.maketrans, 'a', 1)
t(str.maketrans, 1, 'a')
t(str.maketrans, 'a', 'b', 1)
t(str.maketrans, 'a', 'b', 'c', 'd')
t('abc'.translate, {97: 'xy', 98: None, 99: 100})
t('abc'.translate, {97: 1.5})
t('abc'.translate, {97: -1})
t('abc'.translate, {97: 0x110000})
t('abc'.translate, 1)
t('abc'.translate, ['x', 'y'] * 50)
t('abc'.translate, 'xyzw' * 30)
class Tbl:
    def __getitem__(self, k):
        if k == 98: raise LookupError
        if k == 99: raise ValueError('boom')
        return k + 1
t('aab'.translate, Tbl())
t('abc'.translate, Tbl())

# hashes and set/dict ordering (PYTHONHASHSEED=0)
words = 'the quick brown fox jumps over the lazy dog é 日本 😀 a b c d e f g h i j k l m n o p'.split()
print(set(words))
print({w: i for i, w in enumerate(words)})
print(frozenset('abcdefghijklmnop'), set(['x' * i for i in range(10)]))
print([hash(w) for w in words[:6]])
print(hash(''), hash('\x00'), hash('\xff'), hash('\u0100'), hash('\U00010000'), hash('a\U00010000'))

# comparisons across kinds
ws = ['\U00010000', '\uffff', '\xff', 'a', '\x00', '', 'a\x00', 'é', 'e\u0301', '\ud800', '\ue000']
print(sorted(ws))
print([w1 < w2 for w1 in ws[:4] for w2 in ws[:4]])

# multiplication and len of big strings
s = 'ab' * 100000
print(len(s), s[123456], s[-1], len(s * 3), len(s[::7]), s[::-50000])
u = 'é日' * 50000
print(len(u), u[99999], u[50001], u[-1], u[12345:12349], len(u[::3]), u[::-40000], u.count('日é'), u.rfind('é'))
print(u.find('日', 99990), u.index('é', 5), u[64:66], u[127:130], u[1000:1003], len(u.encode()))
it = iter(u)
print(next(it), next(it), len(list(it)))

# join and concatenation with subclasses
class S(str):
    pass
print(type(''.join([S('a')])).__name__, type(S('a') + S('b')).__name__, type(S('ab')[0]).__name__,
      type(S('ab')[:]).__name__, type(S('ab').strip()).__name__, type(S('x') * 1).__name__,
      type(S('ab').replace('z', 'y')).__name__, type(S('q').lower()).__name__, type('%s' % S('x')).__name__)
print(S('a') == 'a', 'a' == S('a'), S('b') > 'a', hash(S('abc')) == hash('abc'), len(S('日本')))

# str() on various objects, and repr round trips
for v in [0, -5, 2**70, 1.5, 1e100, float('nan'), 1j, None, True, [1, 'x'], (1,), {'a': 'b'}, {1}, b'x', bytearray(b'y'), str, len, range(3), slice(1, 2)]:
    print(str(v), repr(v) == repr(v))
for w in ['a', "'", '"', '\'"', '\\', '\n', '\x00\x1f\x7f\x80\x9f\xa0', '\u0378', '\u2029', '\U0001f600\U000e007f']:
    r = repr(w)
    print(r, eval(r) == w, ascii(w))

# errors from the number protocol
t(lambda: 'a' * 'b')
t(lambda: 'a' + None)
t(lambda: None + 'a')
t(lambda: 'a' % ())
t(lambda: 'a' < None)
t(lambda: -'a')
k = None
t(lambda: 'abc'[k])
t(lambda: 'abc'[1:2:0])
t(lambda: 'abc'[::None])
print('abc'[True], 'abc'[False:True], 'abc'[-100:100], 'abc'[2:-100:-1], 'abc'[None:None])
