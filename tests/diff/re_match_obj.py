# Match objects: every method and attribute, repr truncation, copying, errors
import re
import copy

p = re.compile(r'(?P<key>\w+)=(?P<val>[^;]*)(;)?')
m = p.search('  a=1;b=2', 1)
print(m, m.group(), m.group(0, 1, 2, 3), m[1], m['val'], m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(3), m.end('key'), m.span('val'), m.regs)
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.expand(r'\g<val>:\g<key>\3'), m.expand(r'[\0]'), repr(m.expand('')))
print(bool(m), copy.copy(m) is m, copy.deepcopy(m) is m, m == m, m != m)
print(repr(re.match('.*', 'x' * 100)), repr(re.match('.*', 'é' * 60)))
print(repr(re.match(b'.*', b'\x00\xff' * 40)), repr(re.match('.*', "a'b\"c")))
m = re.match('(a)(b)?', 'a')
print(m.groups(), m.groups(''), m.groups(default=0), m.groupdict(), m.span(2), m.regs)
print(m.group(2), m[2], m.lastindex)
for args in [(), ('x',), (5,), (-1,), (1, 2, 3)]:
    try:
        print(m.group(*args))
    except IndexError as e:
        print('IndexError', e)
for meth in ['start', 'end', 'span']:
    try:
        print(getattr(m, meth)('nope'))
    except IndexError as e:
        print(meth, 'IndexError', e)
try:
    m.start(0, 1)
except TypeError:
    print('TypeError')
try:
    m[3]
except IndexError as e:
    print('IndexError', e)
try:
    m.string = 'x'
except AttributeError:
    print('AttributeError')
m = re.search('(?P<a>x)|(?P<b>y)', 'zy')
print(m.lastgroup, m.lastindex, m.groupdict(), m.groupdict('-'))
m = re.compile('b').search('abcb', 2, 3)
print(m, re.compile('b').search('abcb', 2, 4), re.compile('b').search('abcb', 2, 4).pos)
print(type(m).__name__, type(m).__module__ if hasattr(type(m), '__module__') else '')
ms = list(re.finditer(r'\d', 'a1b2c3', ))
print([x.group() for x in ms], [x.pos for x in re.compile(r'\d').finditer('a1b2c3', 2)])
