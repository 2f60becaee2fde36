# find/index/count/replace/startswith/endswith/split/partition/strip/join.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

hay = ['abcabcabc', 'héllo wörld héllo', 'aaaa', '', '日本語日本語', 'a' * 50 + 'b' + 'a' * 50]
subs = ['', 'a', 'bc', 'abc', 'l', 'héllo', '本', 'zz', 'aa', 'ab', 'a' * 10 + 'b']
for h in hay:
    for s in subs:
        print(repr(h)[:25], repr(s)[:15], h.find(s), h.rfind(s), h.count(s), s in h,
              h.find(s, 2), h.rfind(s, 1, -2), h.count(s, -5), h.find(s, 10, 2), h.find(s, -3),
              h.startswith(s), h.endswith(s), h.startswith(s, 3), h.endswith(s, 0, 4),
              h.replace(s, '-') if s else h.replace(s, '-', 3), h.replace(s, 'XY', 2) if s else '',
              h.removeprefix(s), h.removesuffix(s))
    t(h.index, 'zz')
    t(h.rindex, 'zz')
    print(h.find('a', 100), h.count('', 100), h.find('', 100), h.rfind('', 3, 2), h.count(''),
          h.find('', len(h)), h.rfind(''), h.startswith('', 100), h.startswith(('x', 'ab')),
          h.endswith(('x', 'bc', '')), h.find('a', None, None), h.count('a', 2**100), h.find('a', -2**100))
t('a'.find)
t('a'.find, 1)
t('a'.find, 'a', 'x')
t('a'.find, 'a', 1, 2, 3)
t(lambda: 'a'.find('a', start=1))
t('a'.count, 1)
t('a'.startswith, 1)
t('a'.startswith, (1,))
t('a'.endswith, ('a', None))
t('a'.startswith)
t('a'.replace, 'a')
t('a'.replace, 1, 'b')
t('a'.replace, 'a', 2)
t('a'.replace, 'a', 'b', 'c')
t('a'.replace, 'a', 'b', 2**70)
print('aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1), 'abc'.replace('', '.'), 'abc'.replace('', '.', 2))
print(''.replace('', 'x'), 'abab'.replace('ab', ''), 'aaaa'.replace('aa', 'a'), 'é'.replace('', '-'))
t('a'.removeprefix, 1)
t('a'.removesuffix, None)

for s in ['a,b,,c', ' a  b c  ', 'héllo wörld 日本', '', 'aaa', '\u3000x\u3000y\u3000', '  x',
          'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028el\u2029twelve\n',
          '\n\n', 'no newline', 'a\r\n\r\nb', '\t a \x1f b \x0b']:
    print(repr(s)[:30])
    print(' ', s.split(), s.rsplit(), s.split(','), s.rsplit(','), s.split(None, 1), s.rsplit(None, 1),
          s.split(',', 1), s.rsplit(',', 1), s.split('a'), s.split(maxsplit=0), s.rsplit(maxsplit=0),
          s.split(sep=' '), s.rsplit(' ', 2))
    print(' ', s.splitlines(), s.splitlines(True), s.splitlines(keepends=True), s.strip(), s.lstrip(),
          s.rstrip(), s.strip('a,'), s.strip(' x'), s.lstrip('\u3000'), s.rstrip(None))
    print(' ', s.partition(','), s.rpartition(','), s.partition('a'), s.rpartition('a'), s.partition(' '))
t('a b'.split, '')
t('a b'.split, 1)
t('a b'.split, None, 'x')
t('a b'.split, 1, 2, 3)
t('a b'.split, maxsplit=2**70)
t('a b'.split, sep=1)
t('a b'.split, foo=1)
t('a b'.rsplit, '')
t('a'.partition, '')
t('a'.partition, 1)
t('a'.rpartition, None)
t('a'.partition)
t('a'.strip, 1)
t('a'.lstrip, 1)
t('a'.rstrip, 1)
t('a'.strip, 'a', 'b')
t('a'.splitlines, 2.5)
t('a'.splitlines, 'x')
print('x\ny'.splitlines(2), 'x\ny'.splitlines(0))
print(' '.join(['a', 'b']), ''.join([]), ','.join('abc'), '-'.join(('x',)), 'é'.join(['日', '本']),
      ''.join(x for x in 'abc'), '+'.join({'k': 1}), ', '.join(map(str, range(5))))
t(''.join, 5)
t(''.join, ['a', 1])
t(''.join, ['a', b'b'])
t(''.join, [None])
t(''.join)
t(''.join, [], [])
big = 'ab' * 100000
print(len(big.replace('a', 'xyz')), big.count('ba'), big.find('bb'), len(big.split('b')), big.rfind('ab'),
      len(('x' * 100000 + 'y').split('x')), ('a' * 100000).count('aa'), ('ab' * 50000 + 'c').find('abc'))
