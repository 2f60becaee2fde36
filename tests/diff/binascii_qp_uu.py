# binascii's quoted-printable and uuencode functions, with CPython's
# binascii.Error messages.
import binascii

for data in [b'', b'a', b'abc', b'Cat', b'\x00\x00\x00', bytes(range(45)), b'hello world\n', bytearray(b'xyz')]:
    for backtick in (False, True):
        line = binascii.b2a_uu(data, backtick=backtick)
        print(line, binascii.a2b_uu(line) == bytes(data))
print(binascii.b2a_uu(memoryview(b'mv')))
for bad in [b'x' * 46, 'text', 5]:
    try:
        binascii.b2a_uu(bad)
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__, e)
for line in [b'', b'\n', b' ', b'#86)C\n', b'#86)C', b'#86)C  `\r\n', '#86)C', b'!0```', b'$86)C',
             b'#86)Cx', b'#86\x01C', b'%86)C', b'#86)C\xff', b'`\n', b'M' + b'!' * 60]:
    try:
        print(line, binascii.a2b_uu(line))
    except (binascii.Error, ValueError, TypeError) as e:
        print(line, type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
try:
    binascii.a2b_uu('\xe9')
except ValueError as e:
    print('ValueError', e)

samples = [b'hello = world\t\nfoo \r\nbar\n.\n', b'a' * 100, b'a' * 75 + b'\n' + b'b' * 76, b'x_y z', b'\x00\xff=\x7f',
           b'tab\tend\t', b'space end ', b'line\r\nline2\r\n', b'.', b'.\r\n', b'a.\nb', b'\t\t', b'=' * 30,
           'caf\xe9 \u20ac'.encode('utf-8'), b'x' * 74 + b'\t' + b'y', b'x' * 73 + b'==' + b'z']
for s in samples:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}):
        enc = binascii.b2a_qp(s, **kw)
        print(kw, enc, binascii.a2b_qp(enc, header=kw.get('header', False)) == s)
print(binascii.b2a_qp(data=b'a b', quotetabs=1, istext=0, header=0))
for bad in ['str', 5]:
    try:
        binascii.b2a_qp(bad)
    except TypeError as e:
        print('TypeError', e)
for s in [b'', b'=', b'a=', b'=\n', b'a=\r\nb', b'a=\rb', b'a==b', b'=4', b'=41=42', b'=4g', b'=zz', b'x_y', b'=3d=3D',
          'a=41', b'soft=\r\nbreak', b'trail=\r']:
    print(s, binascii.a2b_qp(s), binascii.a2b_qp(s, True), binascii.a2b_qp(data=s, header=False))
try:
    binascii.a2b_qp(5)
except TypeError as e:
    print('TypeError', e)
try:
    binascii.a2b_qp('\u20ac')
except ValueError as e:
    print('ValueError', e)
