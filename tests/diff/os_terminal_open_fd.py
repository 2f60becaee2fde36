# os.get_terminal_size / shutil.get_terminal_size when the output is not a
# terminal (the test runner pipes it), and open() of file descriptors.
import os, shutil, sys, io

for args in [(), (0,), (1,), (2,), (-1,), ('x',), (1.5,), (None,)]:
    try:
        print(args, os.get_terminal_size(*args))
    except Exception as e:
        print(args, type(e).__name__, e, getattr(e, 'errno', None))
ts = os.terminal_size((100, 40))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts), type(ts).__name__, isinstance(ts, tuple))
for bad in [(1, 2, 3), (1,)]:
    try:
        os.terminal_size(bad)
    except Exception as e:
        print(type(e).__name__, e)

for env in [{}, {'COLUMNS': '120'}, {'LINES': '50'}, {'COLUMNS': '90', 'LINES': '30'},
            {'COLUMNS': 'abc', 'LINES': '-5'}, {'COLUMNS': '0'}]:
    saved = {k: os.environ.pop(k, None) for k in ('COLUMNS', 'LINES')}
    os.environ.update(env)
    print(env, shutil.get_terminal_size(), shutil.get_terminal_size((10, 5)),
          shutil.get_terminal_size(fallback=(132, 43)))
    for k in ('COLUMNS', 'LINES'):
        os.environ.pop(k, None)
        if saved[k] is not None:
            os.environ[k] = saved[k]

# open() of a file descriptor
sys.stdout.flush()
with open(1, 'w', closefd=False) as f:
    print(repr(f.name), f.mode, f.closed, f.fileno(), f.writable(), f.readable())
    f.write('written through fd 1\n')
    f.flush()
print(f.closed)
b = open(sys.stdout.fileno(), 'wb', closefd=False)
b.write(b'bytes through fd 1\n')
b.flush()
b.close()
print(b.closed, b.name)
sys.stdout.flush()
os.write(1, b'os.write still works: fd 1 was left open\n')
f = os.fdopen(1, 'w', closefd=False)
f.write('through os.fdopen\n')
f.flush()
f.close()
for args, kwargs in [((-1,), {}), ((-1, 'w'), {'closefd': False}), (('name.txt', 'w'), {'closefd': False}),
                     ((1.5,), {}), ((2 ** 70,), {}), ((None,), {}), ((1, 'q'), {})]:
    try:
        open(*args, **kwargs)
        print('opened', args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    os.fdopen('1')
except Exception as e:
    print(type(e).__name__, e)

# A descriptor from os.open, read back through open(fd).
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt')
with open(path, 'w') as w:
    w.write('first\nsecond\n')
fd = os.open(path, os.O_RDONLY)
with open(fd) as r:
    print(r.name == fd, r.readline(), r.read())
try:
    os.close(fd)
except OSError as e:
    print('closed by the file:', type(e).__name__, e.errno)
fd = os.open(path, os.O_RDONLY)
r = open(fd, 'rb', closefd=False)
print(r.read())
r.close()
os.close(fd)
print('fd still open until os.close')
os.remove(path)
os.rmdir(d)
