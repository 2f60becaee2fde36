# each snippet runs in a fresh namespace
S = r'''print(list(range(0, 10, 3)), range(5)[1:3], range(10)[-1], len(range(0, 10, 3)), 3 in range(5), range(3) == range(0, 3))
###
try:
    range(1, 2, 0)
except ValueError as e: print(e)
###
print(list(enumerate('ab', 1)), list(reversed('abc')), ''.join(sorted('cba')))
###
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e: print('stop', repr(e))
###
print(all([]), any([]), all([1, 0]), any([0, 1]))
###
print(abs(-5), abs(-2.5), abs(3+4j), pow(2, 10), pow(2, 10, 1000), pow(2, -1), divmod(7.5, 2))
###
print(min(3, 1, 2), max('a', 'b'), min([1, 2], key=lambda x: -x), max([], default=None))
try:
    min([])
except ValueError as e: print(e)
###
print(isinstance([], list), callable(len), hasattr([], 'append'), id(1) == id(1))
###
print(repr('a\nb'), repr("it's"), repr('"'), repr('\'"'), repr('\x00'), repr('\u1234'), repr('\U0001f600'))
###
print(str(b'a'), repr(b'\x00\xff'), repr(bytearray(b'a')), b'a' == bytearray(b'a'))
###
print(1_000_000, 0b1010, 0o17, 0xff, 1e3, 1E-3, 1j, 0.5j + 1, 10**20, -10**20 // 3)
###
print(7 // 0.5 if True else 0, 2 ** 0.5 == 2 ** (1/2), 1e308 * 10, -1e308 * 10)
###
try:
    1 / 0
except ZeroDivisionError as e: print(e)
try:
    1 // 0
except ZeroDivisionError as e: print(e)
try:
    1 % 0
except ZeroDivisionError as e: print(e)
try:
    1.0 / 0
except ZeroDivisionError as e: print(e)
try:
    1.0 // 0
except ZeroDivisionError as e: print(e)
try:
    1.0 % 0
except ZeroDivisionError as e: print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e: print(e)
try:
    0 ** -1
except ZeroDivisionError as e: print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e: print(e)
###
try:
    2 ** 10000.0
except OverflowError as e: print(e)
try:
    int(float('inf'))
except OverflowError as e: print(e)
try:
    int(float('nan'))
except ValueError as e: print(e)
###
print(int.from_bytes(b'\x01\x00', 'big'), (256).to_bytes(2, 'little'), (5).bit_length(), (-1).bit_count() if hasattr(1, 'bit_count') else '')
###
print(1 < 2.5, 2 == 2.0, 'a' < 'b', [1, 2] < [1, 3], (1, 2) < (1, 2, 0), None is None)
try:
    None < 1
except TypeError as e: print(e)
try:
    [1] < (1,)
except TypeError as e: print(e)
try:
    {1} < [1]
except TypeError as e: print(e)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
