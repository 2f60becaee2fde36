"""A minimal os module for Pyclave (Linux mode), written for Pyclave.

Built on the posix built-in module (host services of core/host.h).  Inside
the enclave `import os` raises ModuleNotFoundError (no file system).

Missing: bytes paths, dir_fd/follow_symlinks arguments, lstat/chmod/
symlinks/scandir, putenv (os.environ changes are not passed to the host),
processes (fork/exec/system), file descriptors (open/read/write/close).
os.stat_result has st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid,
st_size, st_atime, st_mtime, st_ctime and their *_ns forms; no
st_blocks/st_blksize/st_rdev."""

import abc as _abc
try:
    import posix as _posix
except ImportError:
    # inside the enclave (no file-system host services)
    raise ModuleNotFoundError("No module named 'os': not available inside the enclave "
                              "(no file system)", name='os') from None
import posixpath as path
import sys as _sys

sys = _sys
name = 'posix'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

_sys.modules['os.path'] = path

error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

getcwd = _posix.getcwd
getpid = _posix.getpid
cpu_count = _posix.cpu_count
urandom = _posix.urandom
strerror = _posix.strerror


def getcwdb():
    return getcwd().encode('utf-8', 'surrogateescape')


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(path_type.__name__, type(path_repr).__name__))


_KINDS = {'stat': 'string, bytes, os.PathLike or integer',
          'listdir': 'string, bytes, os.PathLike, integer or None'}


def _p(p, fname, arg='path'):
    if isinstance(p, str):
        return p
    if hasattr(type(p), '__fspath__'):
        r = fspath(p)
        if isinstance(r, str):
            return r
        p = r
    if isinstance(p, bytes):
        raise TypeError(fname + ': bytes paths are not supported by Pyclave')
    raise TypeError(fname + ': ' + arg + ' should be '
                    + _KINDS.get(fname, 'string, bytes or os.PathLike')
                    + ', not ' + type(p).__name__)


class stat_result(tuple):
    """os.stat_result: the first ten fields as a tuple (integer times)."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, raw):
        mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = raw
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size,
                                   atime // 1000000000, mtime // 1000000000,
                                   ctime // 1000000000))
        self._ns = (atime, mtime, ctime)
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            n + '=' + repr(v) for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self[:7]) + self._ns,))


def stat(path):
    return stat_result(_posix.stat(_p(path, 'stat')))


def listdir(path=None):
    return _posix.listdir('.' if path is None else _p(path, 'listdir'))


def mkdir(path, mode=0o777):
    _posix.mkdir(_p(path, 'mkdir'), mode)


def rmdir(path):
    _posix.rmdir(_p(path, 'rmdir'))


def remove(path):
    _posix.unlink(_p(path, 'remove'))


def unlink(path):
    _posix.unlink(_p(path, 'unlink'))


def rename(src, dst):
    _posix.rename(_p(src, 'rename', 'src'), _p(dst, 'rename', 'dst'))


def replace(src, dst):
    _posix.rename(_p(src, 'replace', 'src'), _p(dst, 'replace', 'dst'))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator (symbolic links to directories are followed
    like directories: there is no lstat service)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


class _Environ(dict):
    """os.environ: a dict of str built at import; changes stay in Python."""

    def __repr__(self):
        return 'environ({' + ', '.join(
            repr(k) + ': ' + repr(v) for k, v in self.items()) + '})'

    def copy(self):
        return dict(self)

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not ' + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not ' + type(value).__name__)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]


def _make_environ():
    env = _Environ()
    for item in _posix.environ():
        k, eq, v = item.partition(b'=')
        if eq and k:
            dict.__setitem__(env, k.decode('utf-8', 'surrogateescape'),
                             v.decode('utf-8', 'surrogateescape'))
    return env


environ = _make_environ()


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)
