# Protocol 0 text arguments parsed like C strings, overflow, escapes (with
# CPython's DeprecationWarning), raw-unicode-escape errors.
import pickle
for b in [b'L' + b'9' * 5000 + b'L\n.', b'I' + b'9' * 5000 + b'\n.', b'F1e999\n.', b'F-1e999\n.', b'F1e-999\n.', b'Finf\n.', b'F 1.5\n.', b'I 12\n.', b'I+12\n.', b'I1_0\n.', b'L1_0\n.', b'I 0x1F\n.', b'g 1\n.', b'Np 1\n.', b'I99999999999999999999\n.', b'I-0\n.', b'I00\n.', b'I000\n.',
          b'S"abc\\\n.', b"S'\\x4'\n.", b"S'\\q'\n.", b'Vabc\\u12\n.', b'V\\U00110000\n.', b'\x80\x02\x8a\x01\xff.', b'\x80\x02\x8a\x02\xff\x00.']:
    try:
        print(b[:20], repr(pickle.loads(b))[:50])
    except Exception as e:
        print(b[:20], type(e).__name__, str(e)[:120])
