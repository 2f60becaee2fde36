S = r'''
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print('a', 'b', sep=None, end=None, file=w)
print(1, 2, sep='--', end='|', file=w)
print(file=w)
print(w.parts)
###
import sys
n = sys.stdout.write('written\n')
print(n)
print('x', flush=True)
###
try:
    print(1, sep=5)
except TypeError as e: print(e)
try:
    print(1, end=[])
except TypeError as e: print(e)
try:
    print(1, file=5)
except AttributeError as e: print(e)
try:
    print(1, foo=1)
except TypeError as e: print(e)
###
class S:
    def __str__(self): return 'S!'
print(S(), [S()][0], str(S()), '%s' % S(), '{}'.format(S()))
###
print(repr('\t\n\r\\'), '\a\b\f\v' == '\x07\x08\x0c\x0b', '\N{DEGREE SIGN}' if False else '')
###
print(str(), repr(''), str(b''), str(None), str(True), str(1.0), str(-0.0), str(1e100), str(123456789012345678901234567890))
###
print(int('  -42  '), int('+7'), int('0b101', 0), int('z', 36), float('-inf'), float('  nan '), float('1_0.5'))
###
for bad in ['', ' ', '1 2', '0x', '1e', '--1', '12a']:
    try:
        int(bad)
    except ValueError as e: print(e)
for bad in ['', 'abc', '1.2.3', '1e']:
    try:
        float(bad)
    except ValueError as e: print(e)
###
try:
    int('5', 1)
except ValueError as e: print(e)
try:
    int(5, 10)
except TypeError as e: print(e)
try:
    int([])
except TypeError as e: print(e)
try:
    float([])
except TypeError as e: print(e)
try:
    str(b'x', 'bad-encoding')
except LookupError as e: print(e)
###
print(list('abc'), tuple([1]), set('aab') == {'a', 'b'}, dict([('a', 1)]), frozenset([1]) == {1})
try:
    dict([1, 2])
except TypeError as e: print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e: print(e)
try:
    list(5)
except TypeError as e: print(e)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
