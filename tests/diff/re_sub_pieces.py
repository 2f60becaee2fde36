# re.sub/subn build str results in one buffer: the results, the error
# messages of bad callback results ("sequence item N") and identity of an
# unchanged subject must stay CPython's.
import re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for bad in (lambda m: 1, lambda m: b'x', lambda m: ['x'], lambda m: 2.5):
    show(lambda: re.sub('a', bad, 'xaya'))
    show(lambda: re.sub('a', bad, 'axa'))
    show(lambda: re.sub('a', bad, 'aa'))
show(lambda: re.sub('a', lambda m: None, 'xayaza'))
show(lambda: re.sub(b'a', lambda m: 'x', b'xaya'))
show(lambda: re.sub(b'a', lambda m: bytearray(b'Q'), b'xaya'))
show(lambda: re.sub('é', lambda m: 'ü', 'aébéc'))
show(lambda: re.sub('(a)(b)?', r'<\2\1>', 'héllo ab a'))
show(lambda: re.sub('(a)(b)?', r'<\2\1>', 'hello ab a'))
show(lambda: re.subn(r'(\w+)@(\w+)', r'\2 at \1', 'mail bob@x and al@y, z@q', count=2))
show(lambda: re.sub(r'(?P<n>\d+)', lambda m: str(int(m['n']) * 2), 'a1b22c333' * 3))
show(lambda: re.sub('x*', '-', 'abxd'))
show(lambda: re.sub('', '-', 'ñandú'))
show(lambda: re.sub('(a)|b', r'[\1]', 'abab'))
show(lambda: re.sub('a', r'\3', 'aa'))
show(lambda: re.sub('z', 'y', 'abc'))

class S(str):
    pass

r = re.sub('a', S('b'), S('xax'))
print(type(r).__name__, r)
r = re.sub('q', 'b', S('xax'))
print(type(r).__name__, r)
s = 'unchanged text'
print(re.sub('z', 'y', s) is s, re.subn('z', 'y', s)[0] is s)
big = 'k=12 v=3;' * 20000
out = re.sub(r'\d+', lambda m: str(int(m.group()) + 1), big)
print(len(out), out[:40], out.count('13'), out.count('4;'))
out = re.sub(r'(\w)=(\d+)', r'\2:\1', big)
print(len(out), out[:40])
u = 'ä=1 ö=22;' * 5000
print(len(re.sub(r'\d', lambda m: m.group() * 2, u)), re.sub(r'(\w)=', r'<\1>', u)[:30])
