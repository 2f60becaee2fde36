# re.error attributes: msg, pattern, pos, lineno, colno; verbose patterns
import re

def show(p, flags=0):
    try:
        re.compile(p, flags)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', str(e), '|', e.msg, e.pattern == p, e.pos, e.lineno, e.colno)

show('(a')
show('abc\n(def\n')
show('a\nb\nc)')
show('(?x)\n  a\n  (b\n')
show('x\n\n[a-')
show(b'(a\nb')
show(b'\xe9(?P<\xe9\n')
show('(?P<n>a)\n(?P<n>b)')
show(r'(?x) a  b  # comment (unbalanced' '\n' r'  [ ] ')
show(r'(?x) [ ]  x ')
print(re.match(r'''(?x)
    (?P<year>\d{4})  # year
    -
    (?P<month>\d\d)  # month
    \#               # literal hash
    [ ]x             # space in class
''', '2024-05# x').groupdict())
print(re.match('a b', 'ab', re.X), re.match(r'a\ b', 'a b', re.X), re.match('a#b\nc', 'ac', re.X))
print(re.match('(?x)a | b', 'b'), re.match('(?x)(?: a ) { 2 }', 'aa'), re.match('(?x)a{2}', 'aa'))
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
e = re.error('boom')
print(e, e.lineno, e.colno, e.pattern, e.args)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(e, e.pos, e.pattern)
