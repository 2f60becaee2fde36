# Pattern objects: attributes, repr, equality, cache, purge, escape
import re

p = re.compile(r'(?P<word>\w+)\s(\d+)', re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, p)
print(re.compile('a+'), re.compile('a+', re.IGNORECASE), re.compile(b'a+', re.I), re.compile('x' * 300)[:0] if False else '')
print(repr(re.compile('x' * 250))[-20:], len(repr(re.compile('y' * 250))))
print(re.compile("it's"), re.compile('\n\t"'), re.compile('é'), re.compile('a', re.S | re.X | re.A))
print(re.compile('a', re.T | re.DEBUG & 0), re.compile('a', 512) if False else '', re.compile('(?u)a'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == 'a')
print(re.compile('a') != re.compile('b'), hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'), re.match(p, 'a 1'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
re.purge()
print(re.compile('abc').match('abc'), re.escape('a.b*c?(d)[e]{f}|^$\\ +-#&~'), re.escape('é\t\n'), re.escape(''))
print(re.escape('!"%\',/:;<=>@_`'), re.fullmatch(re.escape('1+1=2? [yes]'), '1+1=2? [yes]'))
gi = p.groupindex
gi['x'] = 5
print(p.groupindex, type(p.groupindex).__name__)
try:
    p.pattern = 'x'
except AttributeError:
    print('AttributeError')
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match('Ab 12')
print(copy.copy(m) is m, m.re is p, m.string)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
for i in range(600):
    re.compile('x%d' % i)
print(re.match('x599', 'x599'), re.match('x1', 'x1'))
print(re.error('m').msg, re.error('m').pos, str(re.error('m', 'pat', 1)), issubclass(re.error, Exception))
print(re.error.__name__, re.error.__module__, re.RegexFlag.__name__, re.Pattern.__name__, re.Match.__name__)
print(sorted(n for n in re.__all__ if n.islower()))
