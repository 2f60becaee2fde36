import codecs
tests = [rb'a\x4', rb'\x', rb'\u12', rb'\U0011ffff', rb'\N{foo}', rb'\N{', rb'\Nx', b'\\', b'abc\\', rb'\1234', rb'\x41\n\t\'\"\a\b\f\v\r\0', rb'\N{LATIN SMALL LETTER A}', b'\xe9\xff', rb'\u00e9\U0001F600', rb'\U12', rb'x\N{latin small letter a}y', rb'\N{}', rb'\N{}x', rb'\N{a', rb'\N', rb'\N{LATIN SMALL LETTER A', b'a\\\nb']
for t in tests:
    for err in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try: print(repr(t), err, ascii(t.decode('unicode_escape', err)))
        except Exception as e: print(repr(t), err, type(e).__name__, e)
for t in [rb'\u00e9', rb'\\u00e9', rb'\\\u00e9', rb'\U0001F600', rb'\u12', rb'\x41', b'\xe9', rb'\U00110000', b'\\', b'a\\\\\\']:
    for err in ('strict', 'replace'):
        try: print(repr(t), err, ascii(t.decode('raw_unicode_escape', err)))
        except Exception as e: print(repr(t), err, type(e).__name__, e)
for s in ['é\n\t\\\'"\x7f\x00\u1234\U0001f600', 'plain']:
    print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'), codecs.encode(s, 'unicode-escape'))
d = codecs.getincrementaldecoder('unicode_escape')()
print(ascii(d.decode(b'a\\x4')), ascii(d.decode(b'1\\')), ascii(d.decode(b'n', True)))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
for n in ('hex', 'base64', 'hex_codec', 'base64_codec', 'base_64'):
    print(n, codecs.encode(b'abc' * 30, n), codecs.decode(codecs.encode(b'abc', n), n))
print(codecs.decode('616263', 'hex'))
for f in (lambda: codecs.decode(b'61626', 'hex'), lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'),
          lambda: codecs.encode('x', 'hex'), lambda: codecs.encode(b'x', 'rot13'), lambda: 'x'.encode('nonesuch'),
          lambda: b'x'.decode('nonesuch'), lambda: codecs.encode('x', 'hex', 'ignore'), lambda: codecs.decode(b'!!', 'base64'),
          lambda: codecs.lookup('rot13').name, lambda: codecs.lookup('hex').name, lambda: codecs.lookup('unicode_escape').name):
    try: print(f())
    except Exception as e: print(type(e).__name__, e, type(e.__cause__).__name__)
print(codecs.lookup('rot13').incrementalencoder.__name__, codecs.lookup('hex').streamreader.__module__)
codecs.register_error('qmark', lambda e: ('<?>', e.end))
codecs.register_error('skip2', lambda e: ('', e.start + 2))
codecs.register_error('back', lambda e: ('[%d]' % e.start, -1))
codecs.register_error('bad', lambda e: 42)
codecs.register_error('far', lambda e: ('', 100))
for f in (lambda: 'aé€b'.encode('ascii', 'qmark'), lambda: b'a\xff\xfeb'.decode('utf-8', 'qmark'),
          lambda: b'a\xff\xfeb'.decode('ascii', 'skip2'), lambda: 'aéb'.encode('latin-1', 'qmark'),
          lambda: 'a\udc80b'.encode('utf-8', 'qmark'), lambda: 'aéb'.encode('ascii', 'back'),
          lambda: 'aéb'.encode('ascii', 'bad'), lambda: 'aéb'.encode('ascii', 'far'), lambda: 'ab'.encode('ascii', 'nosuch'),
          lambda: 'aé'.encode('ascii', 'nosuch'), lambda: b'a\\x4'.decode('unicode_escape', 'qmark'),
          lambda: 'aé'.encode('utf-16-le', 'qmark'), lambda: 'a\ud800'.encode('utf-16-le', 'qmark')):
    try: print(ascii(f()))
    except Exception as e: print(type(e).__name__, e)
print(ascii(rb'\z\777'.decode('unicode_escape')))
