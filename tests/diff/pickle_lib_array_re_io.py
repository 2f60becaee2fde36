# Pickling of array.array, re.Pattern, io.StringIO and io.BytesIO as
# CPython's C types reduce them (dumps compared byte for byte).
import pickle, copy, array, re, io

arrays = [array.array('i', [1, 2, 3]), array.array('d', [1.5, -2.25]), array.array('u', 'ab\u20ac'),
          array.array('b', [-1, 2]), array.array('B'), array.array('h', [-300]),
          array.array('H', [65535]), array.array('I', [4000000000]), array.array('l', [-2**62]),
          array.array('L', [2**63]), array.array('q', [1]), array.array('Q', [2**64 - 1]),
          array.array('f', [0.5])]
for a in arrays:
    for proto in range(6):
        data = pickle.dumps(a, proto)
        back = pickle.loads(data)
        print(proto, data)
        print('   ->', back, back == a, back.typecode)
    r3 = a.__reduce_ex__(3)
    print('  reduce_ex', a.__reduce_ex__(0), r3[0].__name__, r3[0].__module__, r3[1:])
    print('  copy', copy.copy(a), copy.deepcopy(a))


class MyArray(array.array):
    pass
m = MyArray('i', [7, 8])
m.tag = 'x'
for proto in (0, 2, 3, 4):
    data = pickle.dumps(m, proto)
    back = pickle.loads(data)
    print(proto, data, type(back).__name__, back, back.tag)

# _array_reconstructor with other machine formats and bad arguments.
rec = array._array_reconstructor
print(rec(array.array, 'i', 9, b'\x00\x00\x00\x01\xff\xff\xff\xfe'))
print(rec(array.array, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'))
print(rec(array.array, 'u', 18, 'hi'.encode('utf-16-le')))
print(rec(array.array, 'u', 21, 'hi'.encode('utf-32-be')))
print(rec(array.array, 'l', 1, b'\xff\x01'))
print(rec(array.array, 'i', 13, bytes(8)), rec(array.array, 'B', 9, bytes(4)), rec(array.array, 'd', 14, b'\x00\x00\x00?'))
for args in [(1, 'i', 8, b''), (int, 'i', 8, b''), (array.array, 'z', 8, b''),
             (array.array, 'i', 99, b''), (array.array, 'i', 8, 'abc'),
             (array.array, 'i', -1, b'')]:
    try:
        print(rec(*args))
    except Exception as e:
        print(type(e).__name__, e)
cp_array = b'\x80\x04\x95N\x00\x00\x00\x00\x00\x00\x00\x8c\x05array\x94\x8c\x14_array_reconstructor\x94\x93\x94(\x8c\x05array\x94\x8c\x05array\x94\x93\x94\x8c\x01i\x94K\x08C\x0c\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x94t\x94R\x94.'
print(pickle.loads(cp_array))

# re.Pattern: copyreg reduces it to re._compile(pattern, flags).
for p in [re.compile('a+b'), re.compile('(?P<x>\\d+)', re.I | re.M), re.compile(b'[a-z]*'),
          re.compile('x', re.VERBOSE | re.DOTALL), re.compile('', re.ASCII)]:
    for proto in range(6):
        data = pickle.dumps(p, proto)
        back = pickle.loads(data)
        print(proto, data, back, back is p, back == p)
    print('  copy', copy.copy(p) is p, copy.deepcopy(p) is p)
print(pickle.loads(pickle.dumps([re.compile('q')] * 2, 2)))

# StringIO / BytesIO: __getstate__ / __setstate__, no protocols 0 and 1.
def show_io(f):
    s = io.StringIO('abc\ndef', newline=None)
    return s
for make in [lambda: io.StringIO('abc\r\ndef'), lambda: io.StringIO('x\ny', newline=None),
             lambda: io.StringIO('x\ny', newline='\r\n'), lambda: io.StringIO(),
             lambda: io.BytesIO(b'hello world'), lambda: io.BytesIO()]:
    f = make()
    f.read(3)
    print(type(f).__name__, f.__getstate__())
    for proto in range(6):
        try:
            data = pickle.dumps(f, proto)
            back = pickle.loads(data)
            print(proto, data)
            print('   ->', back.getvalue(), back.tell(), back.read())
        except Exception as e:
            print(proto, type(e).__name__, e)
    c = copy.deepcopy(f)
    print('  deepcopy', c.getvalue(), c.tell())
s = io.StringIO('abc')
s.attr = 42
print(s.__getstate__()[3])
back = pickle.loads(pickle.dumps(s, 2))
print(back.attr, back.getvalue())
b = io.BytesIO(b'abc')
b.seek(2)
b.note = 'n'
print(b.__getstate__())
back = pickle.loads(pickle.dumps(b, 4))
print(back.note, back.getvalue(), back.tell(), back.read())
s.close()
b.close()
for f in (s, b):
    try:
        f.__getstate__()
    except Exception as e:
        print(type(e).__name__, e)
x = io.StringIO()
for state in [('abc', '\n', 1, None), ('abc', '\n', 5, {'k': 1}), ('ab\r\ncd', None, 0, None), (1, 2),
              'abc', ('abc', '\n', -1, None), ('abc', '\n', 'z', None), ('abc', '\n', 0, 7)]:
    try:
        x.__setstate__(state)
        print(repr(x.getvalue()), x.tell(), x.read(), getattr(x, 'k', None))
    except Exception as e:
        print(type(e).__name__, e)
y = io.BytesIO()
for state in [(b'abc', 1, None), (b'abc', 9, {'k': 2}), (bytearray(b'zz'), 0, None), (b'a', 1),
              (b'a', -1, None), (b'a', 'q', None), (b'a', 0, []), ('str', 0, None)]:
    try:
        y.__setstate__(state)
        print(y.getvalue(), y.tell(), y.read(), getattr(y, 'k', None))
    except Exception as e:
        print(type(e).__name__, e)
cp_io = [b'\x80\x04\x95(\x00\x00\x00\x00\x00\x00\x00\x8c\x03_io\x94\x8c\x08StringIO\x94\x93\x94)\x81\x94(\x8c\x03abc\x94\x8c\x01\n\x94K\x01Nt\x94b.',
         b'\x80\x03c_io\nBytesIO\nq\x00)\x81q\x01C\x03xyzq\x02K\x01N\x87q\x03b.']
for data in cp_io:
    f = pickle.loads(data)
    print(type(f).__name__, f.getvalue(), f.tell())


class MyStringIO(io.StringIO):
    pass
class MyBytesIO(io.BytesIO):
    pass
for f in [MyStringIO('sub'), MyBytesIO(b'sub')]:
    f.extra = [1]
    for proto in range(6):
        try:
            back = pickle.loads(pickle.dumps(f, proto))
            print(proto, type(back).__name__, back.getvalue(), back.extra)
        except Exception as e:
            print(proto, type(e).__name__, e)
