# Subclassing io.StringIO, io.BytesIO and io.TextIOWrapper in Python:
# overridden methods, super() calls, extra state, and what the base
# methods call internally (which must not be the overrides).
import io


class Upper(io.StringIO):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s.upper())

    def read(self, size=-1):
        return '<' + super().read(size) + '>'


u = Upper('initial\n')
print(repr(u.getvalue()), u.writes, u.tell())
u.seek(0, 2)
print(u.write('more text\n'), u.writes)
print(u.writelines(['a\n', 'b\n']), u.writes)
print(repr(u.getvalue()))
u.seek(0)
print(repr(u.read(3)), repr(u.readline()), repr(u.read()))
u.seek(0)
print(list(u), [line for line in Upper('x\ny\n')])
print(print('via print', file=u), u.writes, repr(u.getvalue()[-12:]))
print(type(u).__name__, isinstance(u, io.StringIO), isinstance(u, io.TextIOBase),
      isinstance(u, io.IOBase), Upper.__mro__[1])
with Upper() as w:
    w.write('ctx')
print(w.closed)
try:
    w.write('x')
except ValueError as e:
    print(type(e).__name__, e)


class Counting(io.BytesIO):
    def __init__(self, data=b''):
        self.reads = 0
        super().__init__(data)

    def read(self, n=-1):
        self.reads += 1
        return super().read(n)

    def readline(self, size=-1):
        return b'[' + super().readline(size) + b']'

    def getvalue(self):
        return b'value:' + super().getvalue()


c = Counting(b'line1\nline2\nline3')
print(c.read(2), c.reads, c.readline(), c.readlines(), c.reads)
print(c.getvalue(), c.tell(), c.seek(0), c.read1(3), c.reads)
print(bytes(c.getbuffer()), c.readinto(bytearray(4)))
c.write(b'XY')
print(c.getvalue())
print(c.__class__.__name__, isinstance(c, io.BufferedIOBase))


class Slotted(io.StringIO):
    __slots__ = ('tag',)


s = Slotted('abc')
s.tag = 't'
print(s.tag, s.read(), hasattr(s, '__dict__'))


class Wrapper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.replace('a', 'A'))


try:
    t = Wrapper(io.BytesIO(), encoding='utf-8')
    print(t.write('banana'), t.encoding)
    t.flush()
    print(t.buffer.getvalue())
except Exception as e:
    print('TextIOWrapper subclass:', type(e).__name__, e)


class Tee(io.StringIO):
    def __init__(self):
        super().__init__()
        self.lines = []

    def write(self, s):
        self.lines.append(s)
        return super().write(s)


import contextlib
t = Tee()
with contextlib.redirect_stdout(t):
    print('captured', 1, 2)
    print('second')
print(t.lines, repr(t.getvalue()))
