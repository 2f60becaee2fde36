import array

for tc in 'bBhHiIlLqQ':
    for v in ((-1 if tc.isupper() else -(2 ** (8 * array.array(tc).itemsize - 1)) - 1), 2 ** (8 * array.array(tc).itemsize - (0 if tc.isupper() else 1)), 1.5, 'x', 2 ** 70, 7):
        try:
            print(tc, array.array(tc, [v]))
        except Exception as e:
            print(tc, repr(v)[:8], type(e).__name__, e)
for tc in 'fd':
    for v in ('x', None, 10 ** 400, 1, 0.1, 1e39, -1e39, True):
        try:
            print(tc, array.array(tc, [v]))
        except Exception as e:
            print(tc, repr(v)[:8], type(e).__name__, e)
for v in (1, 'ab', b'x', 'é'):
    try:
        print(array.array('u', [v]))
    except Exception as e:
        print('u', repr(v), type(e).__name__, e)
for args in [(1,), ('z',), ('ii',), ('i', 'abc'), ('b', b'\x01\x02'), ('i', b'\x01\x02'), ('u', 'héllo'), ('h', range(5)), ('d', array.array('i', [1, 2]))]:
    try:
        print(array.array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
a = array.array('i', [1, 2])
for f in [lambda: a + [1], lambda: a + array.array('d'), lambda: a.extend(array.array('b')), lambda: a.fromlist((1,)), lambda: a.__setitem__(slice(0, 1), [5]),
          lambda: a.index(9), lambda: a.remove(9), lambda: array.array('i').pop(), lambda: a.pop(5), lambda: a.fromunicode('x'), lambda: a.tounicode(),
          lambda: a.frombytes(b'123'), lambda: a * 'x', lambda: a[5], lambda: a.__setitem__(5, 1), lambda: a.extend(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = array.array('h', [5, -3, 7, 5])
b.append(9)
b.insert(1, 100)
b.extend([1, 2])
b.extend(array.array('h', [42]))
b.fromlist([8])
print(b, len(b), b[1], b[-1], b[2:5], b[::-2], b.count(5), b.index(5), b.index(5, 1), 7 in b, b.tolist(), b.itemsize, b.typecode)
b[0] = 11
b[1:3] = array.array('h', [0, 0, 0])
del b[-1]
del b[::3]
print(b, b.pop(), b.pop(0), b)
b.remove(0)
b.reverse()
print(b, b.tobytes(), array.array('h', b.tobytes()) == b, b + b, b * 2, 2 * b)
c = array.array('i', [1, 2, 3])
c += array.array('i', [4])
c *= 2
print(c, c == array.array('d', [1, 2, 3, 4, 1, 2, 3, 4]), c < array.array('i', [1, 3]), c >= c, list(c), sorted(c, reverse=True))
d = array.array('d', [1.5, -2.25])
d.byteswap()
print(d.tobytes().hex())
d.byteswap()
print(d, array.array('f', [0.1, 0.2]).tolist(), array.array('u', 'abc').tounicode(), array.array('u', 'xy').tobytes())
u = array.array('u', 'hi')
u.fromunicode('!')
print(u, repr(array.array('u')), array.array.__name__, array.typecodes, array.ArrayType is array.array, bytes(array.array('B', [65, 66])))
import copy
e = array.array('Q', [2 ** 64 - 1, 0])
print(copy.copy(e), copy.deepcopy(e) == e, e.buffer_info()[1], array.array('l', [-2 ** 63]), array.array('L', [2 ** 64 - 1]))
