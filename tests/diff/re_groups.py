# groups, named groups, groupdict, lastindex, lastgroup, indexing errors
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (?P<extra>\w+))?', 'Jane Doe here')
print(m.group(), m.group(1), m.group('last'), m.group(1, 'last', 0), m['first'], m[2])
print(m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.span('extra'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (?P<extra>\w+))?', 'Jane Doe')
print(m.groups(), m.groups(0), m.groupdict('?'), m.lastindex, m.lastgroup, m.span(3), m.start('extra'))
print(re.compile('(a)(?P<n>b)(c)').groupindex, re.compile('(a)(?P<n>b)(c)').groups)
m = re.match('((a)b)', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match('(?P<o>(?P<i>a)b)', 'ab')
print(m.lastindex, m.lastgroup)
m = re.match('(a)|(b)', 'b')
print(m.groups(), m.lastindex, m.regs)
m = re.match('(a)(b)?', 'a')
print(m.lastindex, m[2], m.group(2))
print(re.match('(?:(a)|b)*', 'ab').groups(), re.match('((a)|b)*', 'ab').groups())
print(re.match('(a*)*', 'aa').groups(), re.match('(a*)+', 'b').groups(), re.match('(a|b)*?c', 'abc').groups())
print(re.match(r'(?:(\w)(\d))+', 'a1b2c3').groups())
print(re.match('x', 'x').lastindex, re.match('x', 'x').lastgroup, re.match('x', 'x').groupdict())
m = re.match('(a)(b)', 'ab')
for g in [3, -1, 'x', 1.0, None, '1']:
    try:
        print(m.group(g))
    except IndexError as e:
        print('IndexError', e)
for g in [True, False]:
    print(m.group(g), m[g], m.span(g))
try:
    m.start(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.groupdict(1, 2)
except TypeError as e:
    print('TypeError')
big = re.compile('(' + ')('.join('abcdefghijklmnopqrstuvwxyz') + ')')
mm = big.match('abcdefghijklmnopqrstuvwxyz')
print(big.groups, mm.lastindex, mm.group(26), mm.span(13), len(mm.regs))
print(re.match('(?P<a_1>x)(?P<Ü>y)', 'xy').groupdict())
