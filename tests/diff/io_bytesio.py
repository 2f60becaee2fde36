import io
b = io.BytesIO(b'hello\nworld\nlast')
print(b.read(3), b.tell(), b.readline(), b.readline(2), b.readline(), b.readline(), b.read())
b.seek(0); print(list(b)); b.seek(0); print(b.readlines(), b.readlines())
print(b.seek(0, io.SEEK_END), b.seek(-3, io.SEEK_CUR), b.read(), b.seek(2), b.write(b'XY'), b.getvalue())
print(b.write(bytearray(b'++')), b.write(memoryview(b'**')), b.getvalue(), b.tell())
b.writelines([b'a', b'b', bytearray(b'c')]); print(b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
m = io.BytesIO(b'hello'); v = m.getbuffer(); print(bytes(v), len(v))
v[0] = ord('J'); print(m.getvalue())
try: m.write(b'too long for the buffer')
except BufferError as e: print('BufferError', e)
try: m.close()
except BufferError as e: print('BufferError', e)
v.release(); m.write(b'Z'); print(m.getvalue())
ba = bytearray(4); b = io.BytesIO(b'abcdef'); print(b.readinto(ba), ba, b.readinto(ba), ba, b.readinto(ba))
with io.BytesIO(b'ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
b = io.BytesIO(); b.write(b'abc'); print(b.truncate(1), b.getvalue(), b.tell()); b.write(b'd'); print(b.getvalue())
print(io.BytesIO(b'x' * 10).read(-1), io.BytesIO(b'xyz').read(0), io.BytesIO(b'').read())
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase), isinstance(io.BytesIO(), io.RawIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), isinstance(io.StringIO(), io.BufferedIOBase))
import sys
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase), isinstance(sys.stdout, io.BufferedIOBase))
class Raw(io.RawIOBase):
    def __init__(self): self.data = b'raw data\nline2\n'
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data)); b[:n] = self.data[:n]; self.data = self.data[n:]; return n
r = Raw(); print(r.read(2), r.readline(), r.read(), r.closed, isinstance(r, io.IOBase))
r.close(); print(r.closed)
try: r.read()
except ValueError as e: print(e)
class T(io.TextIOBase):
    pass
t = T()
for m in ['read', 'readline', 'write', 'detach', 'fileno', 'seek', 'truncate']:
    try: getattr(t, m)(*(() if m in ('readline', 'detach', 'fileno') else (0,)))
    except io.UnsupportedOperation as e: print(m, 'UnsupportedOperation', e)
print(t.readable(), t.writable(), t.seekable(), t.encoding, t.newlines, t.errors)
with t: pass
print(t.closed)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
for bad in [lambda: io.BytesIO().write(5), lambda: io.BytesIO().write('s'), lambda: io.BytesIO(3.5), lambda: io.BytesIO().writelines(['a'])]:
    try: bad()
    except TypeError as e: print('TypeError', e)
# print() and redirect_stdout into memory streams
import contextlib, sys
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured', 1, 2.5)
    print('second line', end='')
print(repr(buf.getvalue()))
buf2 = io.StringIO()
print('a', 'b', sep=',', file=buf2); print(*range(3), file=buf2, flush=True)
print(repr(buf2.getvalue()), buf2.tell())
bb = io.BytesIO()
sys_stdout = sys.stdout
print(sys.stdout is sys_stdout)
