# io.TextIOWrapper over real files: tell()/seek() cookies (the numbers
# CPython's C implementation gives, including decoder flags and chars to
# skip after a bare \r), readline() with every newline mode, reconfigure()
# and its errors, IncrementalNewlineDecoder.
import io, os, shutil, tempfile
d = tempfile.mkdtemp()
def mk(name, data):
    p = os.path.join(d, name)
    with open(p, 'wb') as f:
        f.write(data)
    return p
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
cases = [
    ('ascii', b'abc\ndef\nghi\n', 'utf-8'),
    ('utf8', 'h\xe9llo\nw\u20acrld\n\U0001f600x\nend'.encode('utf-8'), 'utf-8'),
    ('latin', 'h\xe9llo\nw\xffrld\nend'.encode('latin-1'), 'latin-1'),
    ('crlf', b'ab\r\ncd\r\nef\rgh\n', 'utf-8'),
    ('cr', b'a\rb\rc', 'utf-8'),
]
for name, data, enc in cases:
    p = mk(name, data)
    for nl in (None, '', '\n', '\r', '\r\n'):
        f = io.TextIOWrapper(open(p, 'rb'), encoding=enc, newline=nl)
        out = []
        cookies = []
        while True:
            c = f.tell()
            line = f.readline()
            cookies.append(c)
            if not line:
                break
            out.append(line)
        print(name, repr(nl), out, cookies, f.newlines)
        # seek back to each cookie and read on
        for c, line in zip(cookies, out):
            f.seek(c)
            r = f.readline()
            if r != line:
                print('  MISMATCH', c, r, line)
        f.seek(0)
        res = []
        for n in (1, 2, 3, 1, 5):
            s = f.read(n)
            res.append((s, f.tell()))
        print('  reads', res)
        f.seek(res[2][1])
        print('  after seek', repr(f.read(4)), f.tell())
        f.close()
p = mk('big', ('\xe9' * 5000 + '\n' + 'x' * 9000 + '\n\u20ac\r\n') .encode('utf-8'))
f = io.TextIOWrapper(open(p, 'rb'), encoding='utf-8', newline=None)
print(len(f.readline()), f.tell(), len(f.read(10)), f.tell(), len(f.readline()), f.tell(), repr(f.readline()), f.tell(), f.read(), f.tell())
f.seek(0)
f.read(7000); c = f.tell(); print(c); s = f.read(3); f.seek(c); print(f.read(3) == s, f.tell())
f.close()
f = io.TextIOWrapper(open(p, 'rb'), encoding='utf-8')
for i, line in enumerate(f):
    t(f.tell)
    break
t(f.tell)
f.close()
f = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'))
t(lambda: f.readline(None))
t(lambda: f.reconfigure(1))
t(lambda: f.reconfigure(encoding=1))
t(lambda: f.reconfigure(errors=1))
t(lambda: f.reconfigure(newline=1))
t(lambda: f.reconfigure(newline='x'))
t(lambda: f.reconfigure(encoding='nope'))
t(lambda: f.reconfigure(line_buffering='x'))
t(lambda: (f.reconfigure(line_buffering=1), f.line_buffering))
t(lambda: f.reconfigure(encoding='rot13'))
f.read(1)
t(lambda: f.reconfigure(encoding='latin-1'))
t(lambda: f.reconfigure(newline=None))
t(lambda: f.reconfigure(errors='strict'))
t(lambda: (f.reconfigure(write_through=True), f.write_through))
f.read()
t(lambda: (f.reconfigure(encoding='latin-1'), f.encoding, f.errors))
t(lambda: (f.reconfigure(errors='replace'), f.encoding, f.errors))
t(lambda: (f.reconfigure(encoding='utf-8', errors=None), f.encoding, f.errors))
t(lambda: (f.reconfigure(newline='\r\n'), f.encoding, f.errors))
for n in (0, 1, 2):
    t(lambda: f.seek(0, n))
t(lambda: f.seek(1 << 170))
t(lambda: f.seek(-1))
t(lambda: f.seek(0, 5))
t(lambda: f.seek(0, 1.0))
t(lambda: f.seek(1, 1))
t(lambda: f.seek(1, 2))
t(lambda: (f.seek(1.7), f.tell()))
f = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'))
t(lambda: f.reconfigure(x=1))
t(lambda: f.reconfigure(1, x=1))
f = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'))
f.readline(); f.write('ZZ'); print(f.tell()); f.seek(0); print(repr(f.read()))
f = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'), encoding='utf-16')
f.write('hi'); f.seek(0); print(f.buffer.getvalue(), repr(f.read()), f.tell())
f = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'))
print(repr(f.read(2)), f.truncate(), f.buffer.getvalue())
f = io.TextIOWrapper(io.BytesIO(), newline='\r\n'); f.write('a\nb'); f.flush(); print(f.buffer.getvalue())
f = io.TextIOWrapper(io.BytesIO(b'x\r\ny\rz\n'), newline=''); print(list(f), f.newlines)
f = io.TextIOWrapper(io.BytesIO(b'x\r\ny\rz\n')); print(f.read(), f.newlines)
nd = io.IncrementalNewlineDecoder(None, True)
print(repr(nd.decode('a\r')), nd.getstate(), repr(nd.decode('\nb\r', final=True)), nd.newlines, nd.getstate())
nd.reset(); print(nd.newlines, nd.getstate())
import codecs
nd = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), False)
print(repr(nd.decode(b'\xc3')), nd.getstate(), repr(nd.decode(b'\xa9\r')), nd.getstate(), nd.newlines)
nd.setstate((b'', 1)); print(repr(nd.decode(b'x')))
w = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', line_buffering=True)
w.write('a'); print(w.buffer.getvalue()); w.write('b\n'); print(w.buffer.getvalue())
w.reconfigure(line_buffering=False, write_through=True); w.write('c'); print(w.buffer.getvalue())
w.reconfigure(encoding='utf-8'); w.write('\xe9'); print(w.buffer.getvalue(), w.encoding)
t(lambda: io.TextIOWrapper(io.BytesIO(b'ab')).write('x') )
r = io.TextIOWrapper(open(mk('ro', b'abc'), 'rb'))
t(lambda: r.write('x'))
t(lambda: r.read())
r.close()
# write, then read back what was written at each cookie
p = os.path.join(d, 'rw')
w = io.TextIOWrapper(open(p, 'wb'), encoding='utf-8')
marks = []
for s in ('one\n', 'd\xe9ux\n', '\u20ac3\n'):
    marks.append(w.tell())
    w.write(s)
print(marks, w.tell())
w.close()
f = io.TextIOWrapper(open(p, 'rb'), encoding='utf-8')
print([(f.seek(m), f.readline()) for m in reversed(marks)])
f.close()
shutil.rmtree(d)
