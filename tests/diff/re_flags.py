# flags: I M S X A U L, inline (?i) and scoped (?i:...), RegexFlag reprs
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.T, re.NOFLAG)
print(repr(re.I | re.M), str(re.S | re.X), re.I | 512, re.RegexFlag(0), int(re.I | re.A))
print(re.IGNORECASE.value, re.I is re.IGNORECASE, re.I == 2, isinstance(re.I, int), re.I & re.M)
print('%s' % re.M, '{}'.format(re.A), [re.RegexFlag.MULTILINE], re.RegexFlag.DOTALL.name)
print(re.match('abc', 'ABC', re.I), re.match('(?i)abc', 'AbC'), re.match('a(?i:b)c', 'aBc'), re.match('a(?i:b)c', 'aBC'))
print(re.match('(?i)a(?-i:b)c', 'AbC'), re.match('(?i)a(?-i:b)c', 'ABC'), re.match('(?i:a(?-i:b))', 'Ab'))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M), re.findall('(?m)x$', 'x\nx\nx'))
print(re.findall('x$', 'x\nx\n'), re.findall('(?m)x$', 'x\nx\n'), re.search('x\\Z', 'x\n'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S), re.match('(?s:a.)b', 'a\nb'), re.match('(?s)a(?-s:.)', 'a\n'))
print(re.match('a b # comment\n c', 'abc', re.X), re.match('(?x) a \\  b', 'a b'), re.match('(?x)[ ]a', ' a'))
print(re.match('(?x: a b ) c', 'ab c'), re.match('(?x)a(?-x: b)', 'a b'), re.match('(?x)a{1, 2}', 'a{1,2}'))
print(re.match(r'\w+', 'héllo', re.A), re.match(r'\w+', 'héllo'), re.match(r'(?a)\w+', 'héllo'), re.match(r'(?a:\w)(?u:\w)', 'hé'))
print(re.match(r'(?i)é', 'É'), re.match(r'(?ia)é', 'É'), re.match(r'(?ia)e', 'E'), re.match(r'(?u)\w', 'é'))
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), ('(?L)a', 0), (b'(?u)a', 0),
             ('(?a)(?u)a', 0), ('(?au)a', 0), ('a', re.T)]:
    try:
        print(re.compile(p, f).flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
print(re.compile('x').flags, re.compile('x', re.I).flags, re.compile('(?im)x').flags, re.compile(b'x').flags)
print(re.compile(b'(?L)x').flags, re.compile('(?x)x', re.S).flags, re.compile('(?a)x').flags)
print(re.compile('(?i)x', re.M), re.compile('x', re.A | re.I), re.compile(b'x', re.L | re.I))
print(re.compile('x', re.U), re.compile('x', re.DEBUG & 0), re.compile('(?s:x)'))
print(re.match('A', 'a', flags=re.IGNORECASE), re.search('(?i)[^a]', 'A'), re.search('(?i)[^a]', 'Ab'))
print(re.findall('(?i)[a-c]+', 'xABcaZ'), re.findall('(?i)[A-C]+', 'xabCaZ'), re.findall('[A-c]', 'Zb_`'))
print(re.match('(?i)(?x) A  b', 'ab'), re.match('(?xi)A', 'a'), re.match('(?i)(?#x)A', 'a'))
print(sorted(re.RegexFlag.__members__)[:5], len(re.RegexFlag.__members__))
