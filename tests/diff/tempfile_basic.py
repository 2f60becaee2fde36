# tempfile: gettempdir, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# TemporaryDirectory, SpooledTemporaryFile (only deterministic facts printed).
import os
import stat
import tempfile

d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), tempfile.gettempdir() == d, tempfile.gettempprefix(),
      type(tempfile.gettempdirb()).__name__)

top = tempfile.mkdtemp(prefix='pct_', suffix='_x')
print(os.path.isdir(top), os.path.basename(top).startswith('pct_'), top.endswith('_x'),
      len(os.path.basename(top)), oct(os.stat(top).st_mode & 0o777), os.path.dirname(top) == d)

fd, name = tempfile.mkstemp(dir=top, suffix='.txt', prefix='f')
print(type(fd).__name__, os.path.dirname(name) == top, os.path.basename(name)[0], name.endswith('.txt'),
      len(os.path.basename(name)), oct(os.stat(name).st_mode & 0o777))
print(os.write(fd, b'hello'), os.close(fd))
with open(name) as f:
    print(f.read())
names = set()
for i in range(20):
    fd2, n2 = tempfile.mkstemp(dir=top)
    os.close(fd2)
    names.add(n2)
    b = os.path.basename(n2)
    assert b.startswith('tmp') and len(b) == 11 and all(c in 'abcdefghijklmnopqrstuvwxyz0123456789_' for c in b[3:]), b
print(len(names))
bfd, bname = tempfile.mkstemp(dir=top.encode())
os.close(bfd)
print(type(bname).__name__)
try:
    tempfile.mkstemp(prefix=b'x', dir=top)
except TypeError as e:
    print('TypeError', e)

with tempfile.NamedTemporaryFile(dir=top) as f:
    print(type(f.name).__name__, os.path.exists(f.name), f.write(b'abc'), f.seek(0), f.read())
    nm = f.name
print(os.path.exists(nm))
f = tempfile.NamedTemporaryFile('w+', dir=top, delete=False, suffix='.log')
f.write('text mode\n')
f.seek(0)
print(f.read(), f.name.endswith('.log'))
f.close()
print(os.path.exists(f.name), f.closed)
os.unlink(f.name)

with tempfile.TemporaryFile(dir=top) as tf:
    tf.write(b'xyz')
    tf.seek(0)
    print(tf.read())
with tempfile.TemporaryFile('w+', dir=top) as tf:
    tf.write('hello')
    tf.seek(0)
    print(tf.read())

with tempfile.TemporaryDirectory(dir=top) as td:
    print(type(td).__name__, os.path.isdir(td))
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f'), 'w') as fh:
        fh.write('x')
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=top, prefix='pp')
print(repr(t).startswith("<TemporaryDirectory '"), os.path.basename(t.name).startswith('pp'))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

s = tempfile.SpooledTemporaryFile(max_size=10, dir=top)
s.write(b'12345')
print(s._rolled, s.tell())
s.write(b'678901234')
print(s._rolled)
s.seek(0)
print(s.read())
s.close()
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('text')
    s.seek(0)
    print(s.read(), s._rolled)

mt = tempfile.mktemp(dir=top)
print(os.path.exists(mt), os.path.dirname(mt) == top)
import shutil
shutil.rmtree(top)
print(os.path.exists(top))
