import io
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\nb\rc\r\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.tell(), repr(s.newlines))
    s = io.StringIO(newline=nl); s.write('x\ny\rz\r\nw'); print(repr(s.getvalue()), repr(s.newlines)); s.seek(0); print(s.readlines())
    s = io.StringIO('l1\r\nl2\rl3\nl4', newline=nl)
    print([s.readline(3) for i in range(6)])
    print(list(io.StringIO('p\r\nq\rr\ns\r', newline=nl)))
bads = [lambda: io.StringIO(b'x'), lambda: io.StringIO('', 'x'), lambda: io.StringIO('', 3), lambda: io.StringIO().write(b'x'),
        lambda: io.StringIO().read('x'), lambda: io.StringIO().seek(1,1), lambda: io.StringIO().seek(1,2), lambda: io.StringIO().seek(-1),
        lambda: io.StringIO().seek(0,3), lambda: io.StringIO().truncate(-1), lambda: io.StringIO().fileno(), lambda: io.BytesIO().write('x'),
        lambda: io.BytesIO('x'), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0,3), lambda: io.BytesIO().seek(-5,1), lambda: io.BytesIO().truncate(-1),
        lambda: io.BytesIO().read('x'), lambda: io.StringIO().seek('a'), lambda: io.BytesIO().seek(1.0), lambda: io.StringIO().readline(1.5),
        lambda: io.BytesIO().readline('x'), lambda: io.StringIO().truncate('x'), lambda: io.StringIO().detach(), lambda: io.BytesIO().fileno(),
        lambda: io.StringIO().writelines([1]), lambda: io.StringIO(newline='\n\n'), lambda: io.StringIO().seek(0, 1.0)]
for bad in bads:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try: io.StringIO().fileno()
except ValueError as e: print('caught as ValueError', e)
s = io.StringIO(); s.close(); print(s.closed)
for m in ['read','readline','readlines','getvalue','tell','truncate','readable','writable','seekable','isatty','flush','__iter__','__next__','__enter__','fileno']:
    try: print(m, getattr(s, m)())
    except Exception as e: print(m, type(e).__name__, e)
for m in ['write','seek','writelines']:
    try: print(m, getattr(s, m)(''if m!='seek' else 0))
    except Exception as e: print(m, type(e).__name__, e)
b = io.BytesIO(); b.close(); print(b.closed)
for m in ['read','read1','readline','readlines','getvalue','getbuffer','tell','truncate','readable','writable','seekable','isatty','flush','__next__','__enter__','fileno']:
    try: print(m, getattr(b, m)())
    except Exception as e: print(m, type(e).__name__, e)
print(iter(b) is b)
print(type(io.StringIO()), type(io.BytesIO()))
s=io.StringIO('abc'); s.seek(6); s.write('x'); print(repr(s.getvalue()), s.tell())
b=io.BytesIO(b'abc'); b.seek(6); b.write(b'x'); print(repr(b.getvalue()), b.tell())
print(io.StringIO().line_buffering, io.StringIO().encoding, io.StringIO().errors)
print(b.truncate(2), b.tell(), b.getvalue(), b.seek(0,2), b.read1(), b.readinto(bytearray(3)))
print(s.truncate(), s.truncate(2), s.tell(), s.getvalue())
print(repr(io.StringIO('ab').read(None)), io.BytesIO(b'a\nb').readlines(), io.BytesIO(b'ab\ncd\nef').readlines(3), io.StringIO('ab\ncd\nef').readlines(4))
