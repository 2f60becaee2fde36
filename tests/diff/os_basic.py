# os: constants, environ, fspath/PathLike, process info, walk.
import os
import os.path
import posixpath

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep)
print(os.path is posixpath, os.error is OSError)
print(os.getcwd() == os.path.abspath('.'), os.path.isabs(os.getcwd()), type(os.getcwdb()).__name__)

# environ: a mapping of str built at import
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print('PATH' in os.environ, os.getenv('PATH') == os.environ['PATH'])
print(os.getenv('_PYCLAVE_NO_SUCH_VAR'), os.getenv('_PYCLAVE_NO_SUCH_VAR', 'dflt'))
os.environ['_PYCLAVE_OS_TEST'] = 'v1'
print(os.environ['_PYCLAVE_OS_TEST'], os.getenv('_PYCLAVE_OS_TEST'))
del os.environ['_PYCLAVE_OS_TEST']
print('_PYCLAVE_OS_TEST' in os.environ)
try:
    os.environ['_X'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    os.environ['_PYCLAVE_NO_SUCH_VAR']
except KeyError as e:
    print('KeyError', e)
if 'HOME' in os.environ:
    print(os.path.expanduser('~') == os.environ['HOME'].rstrip('/') or '/',
          os.path.expanduser('~/x') == os.path.join(os.environ['HOME'], 'x'))
print(os.path.expanduser('a/~'), os.get_exec_path({'PATH': '/a:/b'}))


# fspath / PathLike
class P:
    def __fspath__(self):
        return 'some/path'


class B:
    def __fspath__(self):
        return 3


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P()), isinstance(P(), os.PathLike), isinstance('s', os.PathLike))
print(issubclass(P, os.PathLike), issubclass(int, os.PathLike))
for bad in (3, None, B()):
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)

# process info
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
c = os.cpu_count()
print(c is None or (isinstance(c, int) and c >= 1))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(16) != r)
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17))

# walk (top-down) over a scratch tree
D = '_os_test_scratch_walk'


def cleanup(top):
    if not os.path.isdir(top):
        return
    for name in os.listdir(top):
        q = os.path.join(top, name)
        if os.path.isdir(q):
            cleanup(q)
        else:
            os.remove(q)
    os.rmdir(top)


cleanup(D)
try:
    for sub in ('a/b/c', 'a/d', 'e'):
        os.makedirs(os.path.join(D, sub))
    for f in ('top.txt', 'a/x.py', 'a/b/y.py', 'a/b/c/z', 'e/w'):
        with open(os.path.join(D, f), 'w') as fh:
            fh.write(f)
    for top, dirs, files in os.walk(D):
        dirs.sort()
        print(top, dirs, sorted(files))
    print('pruned:')
    for top, dirs, files in os.walk(D):
        dirs[:] = sorted(d for d in dirs if d != 'b')
        print(top, dirs, sorted(files))
    print('bottom-up:', sorted(t for t, _, _ in os.walk(D, topdown=False))[:2])
    print(list(os.walk('_os_test_no_such_dir')))
    errs = []
    list(os.walk('_os_test_no_such_dir', onerror=errs.append))
    print([type(e).__name__ for e in errs])
    print(os.path.relpath(os.path.join(D, 'a', 'b'), D), os.path.relpath(D, os.path.join(D, 'a', 'b')))
finally:
    cleanup(D)
print(os.path.exists(D))
