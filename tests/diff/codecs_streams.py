# codecs.open, StreamReaderWriter, EncodedFile/StreamRecoder, stream readers
# and writers over BytesIO, and BufferedIncrementalEncoder.
import codecs
import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt')
with codecs.open(path, 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.encoding, f.errors)
    f.write('h\xe9llo\n')
    f.writelines(['w\xf6rld\n', 'line 3\r\n', 'last'])
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
with codecs.open(path, encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with codecs.open(path, encoding='utf-8') as f:
    print(list(f))
with codecs.open(path, encoding='utf-8') as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))
    f.seek(0)
    print(repr(f.read(2)))
f = codecs.open(path, 'rb')
print(isinstance(f, codecs.StreamReaderWriter), f.read(3))
f.close()
with codecs.open(path, 'a', encoding='latin-1') as f:
    f.write('\xe9')
with open(path, 'rb') as f:
    print(f.read()[-3:])
try:
    codecs.open(path, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('ab')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, encoding='utf-16') as f:
    print(repr(f.read()))

# Readers and writers over an in-memory stream; a multi-byte character
# split across reads.
raw = io.BytesIO('a\u20acb\nc\u20ac\n'.encode('utf-8'))
reader = codecs.getreader('utf-8')(raw)
print(repr(reader.read(1)), repr(reader.read(1)), repr(reader.readline()), reader.readlines())
raw = io.BytesIO(b'x\xe2\x82\xacy')
reader = codecs.getreader('utf-8')(raw)
print([reader.read(size=1, chars=1) for _ in range(4)])
out = io.BytesIO()
writer = codecs.getwriter('latin-1')(out)
writer.write('caf\xe9')
writer.writelines(['1', '2'])
print(out.getvalue())
try:
    writer.write('\u20ac')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
writer = codecs.getwriter('ascii')(io.BytesIO(), 'replace')
writer.write('\xe9!')
print(writer.stream.getvalue(), writer.errors)

rw = codecs.StreamReaderWriter(io.BytesIO(b'abc\ndef'), codecs.getreader('ascii'), codecs.getwriter('ascii'))
print(rw.encoding, rw.readline(), rw.read(), rw.tell())
rw.write('XY')
print(rw.stream.getvalue())

# EncodedFile: the program sees data_encoding, the file holds file_encoding.
backing = io.BytesIO()
ef = codecs.EncodedFile(backing, 'utf-8', 'latin-1')
print(type(ef).__name__, ef.data_encoding, ef.file_encoding)
ef.write('d\xe9j\xe0'.encode('utf-8'))
print(backing.getvalue())
backing.seek(0)
print(ef.read())
backing = io.BytesIO('l1\xe9\nl2\n'.encode('latin-1'))
ef = codecs.EncodedFile(backing, 'utf-8', 'latin-1')
print(ef.readline(), ef.readlines())
ef = codecs.EncodedFile(io.BytesIO(b'abc'), 'ascii')
print(ef.file_encoding, ef.read())
ef.writelines([b'1', b'2'])

# BufferedIncrementalEncoder keeps what _buffer_encode did not consume.
class PairEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].upper().encode('ascii'), n

enc = PairEncoder()
print(enc.encode('abc'), enc.buffer, enc.getstate(), enc.encode('d'), enc.encode('e', True), enc.getstate())
enc.setstate('zz')
print(enc.buffer, enc.encode(''), enc.encode('', final=True))
enc.encode('q')
enc.reset()
print(repr(enc.buffer), enc.errors, issubclass(PairEncoder, codecs.IncrementalEncoder))
print(codecs.BufferedIncrementalEncoder().getstate())
try:
    codecs.BufferedIncrementalEncoder().encode('x')
except NotImplementedError:
    print('NotImplementedError')
try:
    import pickle
    pickle.dumps(codecs.getreader('utf-8')(io.BytesIO()))
except TypeError as e:
    print('TypeError', e)
public = [n for n in dir(codecs) if not n.startswith('_')]
print(len(public), [n for n in ('open', 'EncodedFile', 'StreamReaderWriter', 'StreamRecoder',
                                'BufferedIncrementalEncoder', 'utf_8_encode', 'charmap_build') if n in public])
