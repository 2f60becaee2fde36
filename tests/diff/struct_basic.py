import struct
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', '?', 'c', 's', 'p', 'x',
            '5s', '3p', 'bi', 'ib', 'bq', 'hd', 'c3xi', '2h0q', '@bih', '=bih', '<bih', '>bih', '!bih', ' b i ', '10x', '0s', '']:
    t(struct.calcsize, fmt)
vals = {'b': [-128, 127, 0], 'B': [0, 255], 'h': [-32768, 32767], 'H': [65535], 'i': [-2**31, 2**31 - 1], 'I': [2**32 - 1],
        'l': [-5], 'L': [7], 'q': [-2**63, 2**63 - 1], 'Q': [2**64 - 1], 'e': [1.5, -0.0, 65504.0, 1e-7, 6e-8, 0.1, float('inf')],
        'f': [1.5, 0.1, -3e38, 1e-45], 'd': [0.1, -1e308, float('inf')], '?': [True, 0, [], 'x'], 'c': [b'a', bytearray(b'z')]}
for order in ['', '<', '>', '=', '!']:
    for code, vs in vals.items():
        for v in vs:
            try:
                b = struct.pack(order + code, v)
                print(order + code, repr(v), b, struct.unpack(order + code, b))
            except Exception as e:
                print(order + code, repr(v), type(e).__name__, e)
for fmt, v in [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2**31), ('I', -1), ('I', 2**32), ('l', 2**63), ('L', -1), ('q', 2**63),
               ('Q', -1), ('Q', 2**64), ('n', 2**63), ('N', -1), ('<l', 2**31), ('<L', 2**32), ('<i', 2**100), ('i', 1.0), ('i', 'a'),
               ('c', b'ab'), ('c', 'a'), ('s', 'a'), ('d', 'a'), ('e', 1e10), ('e', 65520.0), ('e', 65519.0), ('<f', 1e300), ('P', -1), ('<n', 1), ('f', 1e300)]:
    t(struct.pack, fmt, v)
print(struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('p', b'ab'), struct.pack('5s', b'ab'), struct.pack('2p', b'xyz'))
print(struct.unpack('3s5p', b'abc\x02xyzw'), struct.pack('>e', float('nan')), struct.unpack('<e', b'\x00\x7c'))
print(struct.pack('ci3sd', b'x', 7, b'ab', 2.5), struct.unpack('ci3sd', struct.pack('ci3sd', b'x', 7, b'ab', 2.5)))
t(struct.pack, 'ii', 1); t(struct.calcsize, 'z'); t(struct.unpack, 'd', b'x'); t(struct.pack, 'x', 1); t(struct.calcsize, '5')
t(struct.calcsize, 3); t(struct.pack, '999999999999999999999i'); t(struct.unpack, 'i', 'abcd'); t(struct.pack); t(struct.pack, 's', 1)
t(struct.unpack_from, 'd', b'abc', 2); t(struct.unpack_from, 'd', b'abc', -5); t(struct.unpack_from, '>h', b'\x00\x01\x00\x02', 2)
ba = bytearray(8); struct.pack_into('<hi', ba, 1, 5, -1); print(ba)
t(struct.pack_into, 'd', bytearray(3), 2, 1.0); t(struct.pack_into, 'd', bytearray(3), -5, 1.0); t(struct.pack_into, 'b', bytearray(3), 5, 1)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00'))); t(struct.iter_unpack, 'i', b'abcde'); t(struct.iter_unpack, '', b'')
class I:
    def __index__(self): return 7
s = struct.Struct('<iH'); print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), struct.pack('i', I()))
print(struct.Struct(b'>q').format, struct.Struct('>q').unpack_from(b'\x00' * 9, 1))
try:
    struct.pack('b', 999)
except struct.error as e:
    print('caught', type(e).__name__, isinstance(e, Exception), e)
