# module-level functions with flags and keyword arguments; the cache
import re

print(re.match('a', 'A', re.I), re.match(pattern='a', string='A', flags=re.I))
print(re.search('b', 'aBc', flags=re.I), re.fullmatch('ab', 'AB', re.I))
print(re.sub('a', 'x', 'AaA', flags=re.I), re.sub('a', 'x', 'AaA', 1, re.I), re.subn('a', 'x', 'AaA', count=2, flags=re.I))
print(re.split('a', '1A2a3', flags=re.I), re.split('a', '1A2a3', 1, re.I), re.findall('a', 'Aa', re.I))
print([m.group() for m in re.finditer('a', 'Aa', re.I)], re.compile('a', flags=re.I).flags)
c = re.compile('x(y)')
print(re.match(c, 'xy').groups(), re.findall(c, 'xyxy'), re.sub(c, r'\1', 'xyxy'), re.split(c, '1xy2'))
try:
    re.match(c, 'xy', re.I)
except ValueError as e:
    print('ValueError', e)
re.purge()
print(re.match('x+', 'xx'), re.compile('x+') is re.compile('x+'), re.compile('x+', re.I) is re.compile('x+'))
print(re.compile(b'x') is re.compile('x'), re.compile(re.I and 'y') == re.compile('y'))
try:
    re.match('a', 'a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a', re.I, 3)
except TypeError as e:
    print('TypeError')
print(re.template if False else '', hasattr(re, 'Scanner') or True, re.MAXCACHE if hasattr(re, 'MAXCACHE') else '')
print(re.compile('(?P<y>\\d{4})-(?P<m>\\d\\d)').sub(r'\g<m>/\g<y>', 'on 2024-05 and 1999-12'))
# re.Scanner
sc = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('id', tok)),
    (r'\d+(?:\.\d+)?', lambda s, tok: ('num', float(tok) if '.' in tok else int(tok))),
    (r'[-+*/=()]', lambda s, tok: ('op', tok)),
    (r'\s+', None),
])
print(sc.scan('x = 3.5 * (y1 + 42) $ rest'))
print(re.Scanner([('a', 'A'), ('b', 'B')]).scan('abba!'), re.Scanner([('x*', 1)]).scan('y'))
