# io.BufferedReader/BufferedWriter/BufferedRandom/BufferedRWPair over any
# raw stream (here BytesIO and a RawIOBase subclass), and TextIOWrapper
# over them (what argparse's tests and many programs build).
import io

raw = io.BytesIO(b"seed")
w = io.BufferedWriter(raw)
print(repr(w), w.raw is raw, w.writable(), w.readable(), w.seekable())
print(w.tell(), w.write(b"hello"), w.tell(), raw.getvalue())
w.flush()
print(raw.getvalue(), w.tell())
w.seek(0)
w.write(b"HE")
w.flush()
print(raw.getvalue())
print(isinstance(w, io.BufferedIOBase), isinstance(w, io.IOBase))
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
w.close()
print(w.closed, raw.closed)
try:
    w.write(b"x")
except ValueError as e:
    print("ValueError", e)

# small buffer: writes reach raw once the buffer is full
raw = io.BytesIO()
w = io.BufferedWriter(raw, buffer_size=4)
w.write(b"ab")
print(raw.getvalue())
w.write(b"cdef")
print(raw.getvalue())
w.flush()
print(raw.getvalue())
try:
    io.BufferedWriter(io.BytesIO(), buffer_size=0)
except ValueError as e:
    print("ValueError", e)

r = io.BufferedReader(io.BytesIO(b"line one\nline two\nlast"))
print(r.read(4), r.peek(3)[:3], r.read1(2), r.tell())
print(r.readline(), r.readline(3), list(r))
print(r.read(), r.read(5))
r.seek(5)
print(r.read(3), r.tell())
r.seek(-4, 2)
print(r.read())
b = bytearray(4)
r.seek(0)
print(r.readinto(b), b)
print(repr(r), r.detach().getvalue()[:4])
try:
    r.read()
except ValueError as e:
    print("ValueError", e)


class Raw(io.RawIOBase):
    """A raw stream that hands out at most 3 bytes a call."""

    def __init__(self, data):
        self.data = bytearray(data)
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(3, len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        n = min(3, len(b))
        self.data[self.pos:self.pos + n] = bytes(b[:n])
        self.pos += n
        return n

    def seek(self, pos, whence=0):
        if whence == 0:
            self.pos = pos
        elif whence == 1:
            self.pos += pos
        else:
            self.pos = len(self.data) + pos
        return self.pos

    def tell(self):
        return self.pos


rw = io.BufferedRandom(Raw(b"0123456789"))
print(rw.read(2), rw.tell())
rw.write(b"abcdefg")
print(rw.tell())
rw.flush()
print(rw.raw.data, rw.raw.pos)
rw.seek(0)
print(rw.read())
print(io.BufferedReader(Raw(b"abcdefgh")).read())

out = io.BytesIO()
pair = io.BufferedRWPair(io.BytesIO(b"in"), out)
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
print(out.getvalue())
pair.flush()
print(out.getvalue(), pair.closed)
pair.close()
print(pair.closed, out.closed)

t = io.TextIOWrapper(io.BufferedWriter(io.BytesIO("préfix\n".encode())), "utf-8", newline="\n")
t.write("usage: prog [-h]\n")
t.flush()
print(t.buffer.raw.getvalue().decode("utf-8"))
print(type(w).__name__, type(w).__module__)
try:
    io.BufferedReader(io.BufferedWriter(io.BytesIO()))
except OSError as e:
    print(type(e).__name__, e)
f = open(__file__, "rb")
print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase))
f.close()
