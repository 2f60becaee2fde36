import codecs
for n in ['utf8', 'UTF-8', 'utf_8_sig', 'utf-16', 'utf_16le', 'utf-16-be', 'utf-32', 'utf_32_le', 'utf-32be',
          'latin1', 'latin-1', 'iso-8859-1', 'ascii', 'us-ascii', 'U8', 'utf 8', 'unicode_escape', 'raw-unicode-escape']:
    print(n, codecs.lookup(n).name)
ci = codecs.lookup('utf-8')
print(ci[0] is ci.encode, ci[1] is ci.decode, len(ci), isinstance(ci, tuple), type(ci).__name__)
print(ci.incrementalencoder.__name__, ci.incrementaldecoder.__name__)
for f in [lambda: codecs.lookup('nope'), lambda: codecs.lookup_error('nope'), lambda: codecs.register_error('x', 5),
          lambda: codecs.encode(b'x'), lambda: codecs.decode('x'), lambda: codecs.encode('\xff', 'ascii'),
          lambda: codecs.decode(b'\xff', 'utf-8'), lambda: codecs.encode('x', 'nope')]:
    try: print(f())
    except (LookupError, TypeError, ValueError) as e: print(type(e).__name__, e)
print(codecs.BOM, codecs.BOM_UTF8, codecs.BOM_UTF16, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
      codecs.BOM_UTF32, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_LE, codecs.BOM_BE)
text = 'héllo wörld \u20ac \U0001F600'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc) == text, codecs.getencoder(enc)(text)[1], codecs.getdecoder(enc)(data))
print(codecs.encode('abc', 'latin-1'), codecs.decode(b'\xe9\xff', 'latin-1'), codecs.encode('abc', 'ascii'))
print(codecs.encode('\xe9\u20ac', 'ascii', 'replace'), codecs.encode('\xe9\u20ac', 'ascii', 'xmlcharrefreplace'),
      codecs.encode('\xe9\u20ac', 'ascii', 'backslashreplace'), codecs.decode(b'a\xffb', 'utf-8', 'replace'),
      codecs.decode(b'a\xffb', 'ascii', 'ignore'))
print(codecs.encode('a\tb\xe9\u20ac\U0001F600\\', 'unicode_escape'), codecs.encode('a\xe9\u20ac\\', 'raw_unicode_escape'))
# incremental decoding, byte by byte
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'latin-1']:
    data = codecs.encode(text if enc != 'latin-1' else 'héllo', enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print(enc, ''.join(parts) == (text if enc != 'latin-1' else 'héllo'), sum(1 for p in parts if p))
    enc_obj = codecs.getincrementalencoder(enc)()
    out = b''.join(enc_obj.encode(c) for c in 'abc') + enc_obj.encode('', True)
    print(enc, out)
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe')), repr(d.decode(b'\xff\x00')), repr(d.decode(b'a', final=True)))
try: codecs.getincrementaldecoder('utf-8')().decode(b'a\xc3', final=True)
except UnicodeDecodeError as e: print('UnicodeDecodeError', e)
print(list(codecs.iterdecode([b'h\xc3', b'\xa9llo'], 'utf-8')), list(codecs.iterencode(['a', 'b'], 'utf-16')))
# error handlers
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors)
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('replace').__name__)
def handler(exc):
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)
codecs.register_error('mine', handler)
print(codecs.lookup_error('mine') is handler)
print(codecs.encode('a\xe9b\u20acc', 'ascii', 'mine'))
print(codecs.decode(b'a\xffb', 'utf-8', 'mine'))
try: codecs.strict_errors(UnicodeEncodeError('ascii', 'x', 0, 1, 'bad'))
except UnicodeEncodeError as e: print('raised', e)
print(codecs.ignore_errors(UnicodeEncodeError('ascii', 'x\xe9', 1, 2, 'bad')),
      codecs.replace_errors(UnicodeEncodeError('ascii', 'x\xe9\xe9', 1, 3, 'bad')),
      codecs.replace_errors(UnicodeDecodeError('utf-8', b'x\xff\xff', 1, 3, 'bad')),
      codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'x\xe9\u20ac', 1, 3, 'bad')),
      codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'x\xe9', 1, 2, 'bad')),
      codecs.namereplace_errors(UnicodeEncodeError('ascii', 'x\xe9', 1, 2, 'bad')))
def search(name):
    if name == 'myrot':
        return codecs.CodecInfo(lambda s, errors='strict': (s[::-1].encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode()[::-1], len(b)), name='myrot')
codecs.register(search)
print(codecs.encode('abc', 'myrot'), codecs.decode(b'abc', 'myrot'), codecs.lookup('MyRot').name)
