# match / search / fullmatch, pos and endpos, Match repr and attributes
import re

p = re.compile(r'a+b?')
for s in ['aaab', 'xaab', 'b', '', 'aaaa', 'ab' * 30]:
    print(repr(s[:12]), p.match(s), p.search(s), p.fullmatch(s))
m = p.search('xxaabyy')
print(m.start(), m.end(), m.span(), m.group(), m[0], m.pos, m.endpos, m.string, m.re)
print(p.match('xaab', 1), p.match('xaab', 1, 2), p.search('aaab', 2), p.fullmatch('xaab', 1))
print(p.search('aaab', -5), p.search('aaab', 10), p.search('aaab', 1, 100).endpos)
print(p.search('aaab', pos=1, endpos=3))
print(re.compile('').match('abc', 2, 1))
print(re.match('$', 'abc', ), re.search('$', 'abc'), re.search('$', 'abc\n'))
print(re.search('^b', 'ab'), re.search('^b', 'ab\nb'), re.search('(?m)^b', 'ab\nb'))
print(re.compile('^a').search('ba', 1), re.compile(r'\Aa').search('aa', 1))
print(re.compile('a$').search('xa', 0, 2), re.compile('a$').search('xab', 0, 2))
print(re.match('.', '\n'), re.match('(?s).', '\n'), re.search('.+', 'ab\ncd'))
print(re.match('', ''), bool(re.match('', '')), re.fullmatch('', ''))
print(re.match(r'\d+', '١٢٣x'), re.match(r'(?a)\d+', '١٢٣x'))
m = re.match('(a)(b)?', 'ac')
print(m.regs, m.span(2), m.start(2), m.end(2), m.groups(), m.groups('-'))
long = 'x' * 70
print(re.search('x+', long))
print(repr(re.match('é+', 'ééé')), re.match(b'a+', b'aaa'))
print(re.search('a|b', 'cccb'), re.search('ab|cd', 'xxcdab'), re.search('(?:ab)+', 'zababab'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a*?', 'aaa'), re.fullmatch('(a|ab)(c|bcd)', 'abcd'))
try:
    re.match('a', 3)
except TypeError as e:
    print('TypeError', e)
for bad in [(b'a', 'a'), ('a', b'a')]:
    try:
        re.match(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(3)
except TypeError as e:
    print('TypeError', e)
print(type(m).__name__, type(p).__name__, isinstance(m, re.Match), isinstance(p, re.Pattern))
