import binascii as b
import base64
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(b.hexlify, b'abc'); t(b.hexlify, b'abc', '-'); t(b.hexlify, b'abcdef', ':', 2); t(b.hexlify, b'abcde', b':', -2)
t(b.hexlify, b'abcde', ':', 2); t(b.hexlify, 'abc'); t(b.b2a_hex, bytearray(b'\xff\x00')); t(b.hexlify, b'ab', '::')
t(b.unhexlify, '6162'); t(b.unhexlify, b'616'); t(b.unhexlify, b'6g'); t(b.a2b_hex, 'zz'); t(b.unhexlify, 'é'); t(b.a2b_hex, b'FFfe')
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:40]]:
    t(b.b2a_base64, d); t(b.b2a_base64, d, newline=False); t(b.a2b_base64, b.b2a_base64(d))
for s in [b'YW=J', b'YWI', b'Y', 'YW Jj!', b'YQ==YQ', b'YQ=', b'YQ', b'', b'====', b'YWJjZA==', b'YWJj\nZGVm']:
    t(b.a2b_base64, s)
for s in [b'YWJj', b'YW Jj', b'=YWJj', b'YQ==YQ', b'YQ==', b'YQ===', b'YQ=a', b'YQ']:
    t(b.a2b_base64, s, strict_mode=True)
t(b.crc32, b'hello'); t(b.crc32, b'hello', 5); t(b.crc32, b''); t(b.crc32, b'world', b.crc32(b'hello ')); t(b.crc_hqx, b'hello', 0)
t(b.crc_hqx, b'123456789', 0xffff); t(b.crc32, 'x'); print(issubclass(b.Error, ValueError), b.Error.__name__)
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xfb\xff\xfe', bytes(range(0, 256, 7))]:
    e = base64.b64encode(d); print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.b64encode(d, b'-_'))
    e = base64.b32encode(d); print(e, base64.b32decode(e) == d, base64.b32hexencode(d), base64.b32hexdecode(base64.b32hexencode(d)) == d)
    e = base64.b16encode(d); print(e, base64.b16decode(e) == d)
    e = base64.b85encode(d); print(e, base64.b85decode(e) == d, base64.b85encode(d, pad=True))
    e = base64.a85encode(d); print(e, base64.a85decode(e) == d, base64.a85encode(d, adobe=True), base64.a85encode(d, foldspaces=True, wrapcol=5))
t(base64.b64decode, 'YWJj'); t(base64.b64decode, b'YW!Jj'); t(base64.b64decode, b'YW!Jj', validate=True); t(base64.b64decode, b'YWJj', validate=True)
t(base64.b64decode, 'é'); t(base64.b64decode, 3); t(base64.urlsafe_b64decode, '-_-_'); t(base64.b32decode, b'MZXW6==='); t(base64.b32decode, b'mzxw6===', casefold=True)
t(base64.b32decode, b'MZXW6=='); t(base64.b32decode, b'MZXW6!=='); t(base64.b32decode, b'M1XW6===', map01=b'L'); t(base64.b16decode, b'6a'); t(base64.b16decode, b'6a', True)
t(base64.a85decode, b'<~87cURDZ~>', adobe=True); t(base64.a85decode, b'87cURD]', adobe=True); t(base64.a85decode, b'z!'); t(base64.a85decode, b'!z')
t(base64.a85decode, b'vvvvv'); t(base64.b85decode, b'|NsC0'); t(base64.b85decode, b'"'); t(base64.a85encode, b'    ', foldspaces=True)
t(base64.encodebytes, b'x' * 100); t(base64.decodebytes, b'eHh4\n'); t(base64.encodebytes, 'x'); t(base64.standard_b64encode, b'\xff')
t(base64.b64decode, b'YQ==YQ', validate=True); t(base64.b64decode, b'=YQ', validate=True)
