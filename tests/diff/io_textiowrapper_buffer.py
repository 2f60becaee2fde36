# io.TextIOWrapper over a binary buffer (BytesIO), its options, and
# subclasses; sys.stdout and open() files stay TextIOWrapper instances.
import io, sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is b)
print(t.write('héllo\n'), t.write('wörld'), b.getvalue())
t.flush()
print(b.getvalue(), t.tell())
t.seek(0)
print(repr(t.read()), repr(t.read()), t.tell())
t.seek(0)
print(repr(t.readline()), repr(t.readline()), repr(t.readline()))
t.seek(0)
print(list(t), t.readable(), t.writable(), t.seekable())

data = b'a\r\nb\rc\nd'
for nl in (None, '', '\n', '\r', '\r\n'):
    r = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl)
    print(repr(nl), r.readlines(), r.newlines)
    r = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl)
    print(repr(nl), repr(r.read()), r.newlines)
    w = io.TextIOWrapper(io.BytesIO(), encoding='ascii', newline=nl)
    w.write('x\ny\r\nz\r')
    w.flush()
    print(repr(nl), w.buffer.getvalue())

r = io.TextIOWrapper(io.BytesIO('αβγδε\nζη'.encode('utf-16')), encoding='utf-16')
print(repr(r.read(2)), repr(r.read(3)), repr(r.readline()), repr(r.read()))
r = io.TextIOWrapper(io.BytesIO(b'abc\xffdef'), encoding='utf-8', errors='replace')
print(repr(r.read()), r.errors)
r = io.TextIOWrapper(io.BytesIO(b'abc\xffdef'), encoding='utf-8')
show('strict', r.read)
w = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='xmlcharrefreplace')
w.write('caf\u00e9 \u20ac')
w.flush()
print(w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', line_buffering=True)
w.write('no newline')
print(w.buffer.getvalue())
w.write(' and one\n')
print(w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', write_through=True)
w.write('through')
print(w.buffer.getvalue())

for kwargs in [{'newline': 5}, {'newline': 'x'}, {'encoding': 5}, {'encoding': 'nope'},
               {'errors': 3}]:
    show(str(kwargs), lambda: io.TextIOWrapper(io.BytesIO(), **kwargs))
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
show('write bytes', lambda: t.write(b'x'))
show('read size', lambda: t.read('x'))
raw = t.detach()
print(type(raw).__name__)
show('after detach', lambda: t.buffer)
t = io.TextIOWrapper(io.BytesIO(b'q'), encoding='utf-8')
t.close()
print(t.closed)
show('closed write', lambda: t.write('x'))
show('closed read', lambda: t.read())
t.close()
with io.TextIOWrapper(io.BytesIO(), encoding='utf-8') as c:
    c.write('ctx')
print(c.closed)


class Shout(io.TextIOWrapper):
    def __init__(self, buffer, **kw):
        super().__init__(buffer, encoding='utf-8', **kw)
        self.count = 0

    def write(self, s):
        self.count += 1
        return super().write(s.upper())

    def readline(self, size=-1):
        return super().readline(size).strip() + '|'


s = Shout(io.BytesIO())
print(s.write('abc\n'), s.write('def\n'), s.count)
print(print('printed', file=s), s.count)
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(0)
print(next(s), next(s))
print(isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedIOBase))
    f.write('file text\nline 2\n')
with open(p, 'rb') as fb:
    tw = io.TextIOWrapper(fb, encoding='utf-8')
    print(tw.readline(), tw.read(), tw.name == p)
os.remove(p)
os.rmdir(d)
