# sub / subn: templates (\1 \g<name> \g<0> escapes), callables, count, empty matches
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'a=1 b=2'), re.sub('a', r'\g<0>\g<0>', 'banana'))
print(re.sub('x', r'\n\t\\', 'axb'), re.sub('x', '\\a\\b\\f\\v\\r', 'x') == '\a\b\f\v\r')
print(re.sub('(a)', r'\1\0\01\012\1012', 'a'), re.sub('(a)', r'[\g<1>0]', 'a'))
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', 'abc'), re.sub('(?=b)', '^', 'abab'))
print(re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa', count=-1), re.subn('z', 'b', 'aaa'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'\w', lambda m: None, 'ab cd'), re.sub('(a)|b', lambda m: repr(m.group(1)), 'ab'))
print(re.sub('(?P<x>a)(b)?', r'[\2]', 'a ab'), re.sub('(a)|(b)', r'<\1|\2>', 'ab'))
print(re.compile('o').sub('0', 'foo boo', 1), re.compile('o').subn('0', 'foo', count=5))
print(re.sub('a', '\\\\', 'aa'), re.sub('a', r'\\n', 'a'), re.sub('a', 'é\\g<0>', 'bab'))
print(re.sub(b'a', b'\\g<0>!', b'banana'), re.sub(b'(a)', lambda m: m.group(1).upper(), b'ab'))
print(re.sub('(?i)x', 'y', 'XxX'), re.sub('x', 'y', 'XxX', flags=re.I), re.sub('x', 'y', 'xxx', 1, re.I))
calls = []
def repl(m):
    calls.append((m.start(), m.group(), m.lastindex))
    return m.group().upper()
print(re.sub(r'(\w)(\w)?', repl, 'abc de'), calls)
print(re.sub('b*', 'X', 'abbc'), re.sub('a|', '-', 'bab'), re.subn('(?:)', '.', 'ab'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good morning'))
print(re.sub('.', lambda m: '%d' % m.start(), 'éèà'), re.sub('é', 'e', 'café é'))
m = re.match(r'(?P<a>\w)(\w)', 'xy')
print(m.expand(r'\2\1\g<a>\g<2>!'), m.expand(b'' and r'' or r'[\g<0>]'))
for bad in [r'\g<3>', r'\3', r'\g<x>', r'\g<-1>', r'\g<1a>', r'\g<', r'\g<a', r'\g', r'\q', '\\', r'\400', r'\g<>']:
    try:
        print(repr(m.expand(bad)))
    except re.error as e:
        print(repr(bad), 'error:', e, e.pos)
    except IndexError as e:
        print(repr(bad), 'IndexError:', e)
for bad in [('a', 1, 'a'), ('a', b'x', 'a'), (b'a', 'x', b'a')]:
    try:
        re.sub(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', lambda m: 3, 'bab')
except TypeError as e:
    print('TypeError', e)
# a callback that matches again (nested use of the engine)
print(re.sub(r'\w+', lambda m: re.sub('[aeiou]', lambda n: n.group().upper() + re.sub('x', 'y', 'x'), m.group()), 'hello world'))
print(re.sub('é(.)', lambda m: re.sub('(.)', r'<\1>', 'ü' + m.group(1)), 'aébéc'))
