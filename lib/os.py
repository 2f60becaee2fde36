"""A minimal os module for Pyclave (Linux mode), written for Pyclave.

Built on the posix built-in module (host services of core/host.h).  Inside
the enclave `import os` raises ModuleNotFoundError (no file system).

Paths may be str, bytes or os.PathLike (bytes are decoded with
surrogateescape; functions returning names return bytes for bytes input).
Missing: dir_fd arguments, putenv (os.environ changes are not passed to
the host), processes (fork/exec/system), fd-level calls beyond
open/read/write/close/isatty (no dup, pipe, lseek), get_terminal_size
(always raises OSError: no ioctl service).  os.stat_result has st_mode,
st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime,
st_ctime and their *_ns forms; no st_blocks/st_blksize/st_rdev."""

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
        p = fspath(p)
        if isinstance(p, str):
            return p
    if isinstance(p, bytes):
        return p.decode('utf-8', 'surrogateescape')
    raise TypeError(fname + ': ' + arg + ' should be '
                    + _KINDS.get(fname, 'string, bytes or os.PathLike')
                    + ', not ' + type(p).__name__)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def _isbytes(p):
    if isinstance(p, bytes):
        return True
    if not isinstance(p, str) and hasattr(type(p), '__fspath__'):
        return isinstance(fspath(p), bytes)
    return False



O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_ACCMODE = 3

supports_follow_symlinks = {None}
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()


class stat_result(tuple):
    """os.stat_result: the first ten fields as a tuple (integer times)."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, raw):
        raw = tuple(raw)
        if len(raw) == 10 and not isinstance(raw[7], float):
            mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = raw
        else:
            raise TypeError('os.stat_result() takes a 10-sequence of raw values')
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


def _fix_filename(exc, orig):
    """OSError from a decoded bytes path: report the bytes filename."""
    if isinstance(exc, OSError) and exc.filename is not None and isinstance(orig, bytes):
        exc.filename = orig
    return exc


def _call1(fn, path, fname):
    p = _p(path, fname)
    try:
        return fn(p)
    except OSError as e:
        if _isbytes(path):
            raise _fix_filename(e, fspath(path))
        if not isinstance(path, str) and e.filename == p:
            e.filename = path
        raise


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    if isinstance(path, int) and not isinstance(path, bool):
        raise OSError(9, 'Bad file descriptor')
    return stat_result(_call1(_posix.stat if follow_symlinks else _posix.lstat, path, 'stat'))


def lstat(path, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    return stat_result(_call1(_posix.lstat, path, 'lstat'))


def listdir(path=None):
    if path is None:
        return _posix.listdir('.')
    names = _call1(_posix.listdir, path, 'listdir')
    if _isbytes(path):
        return [n.encode('utf-8', 'surrogateescape') for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    p = _p(path, 'mkdir')
    _call1(lambda q: _posix.mkdir(q, mode), path, 'mkdir')


def rmdir(path, *, dir_fd=None):
    _call1(_posix.rmdir, path, 'rmdir')


def remove(path, *, dir_fd=None):
    _call1(_posix.unlink, path, 'remove')


def unlink(path, *, dir_fd=None):
    _call1(_posix.unlink, path, 'unlink')


def chdir(path):
    _call1(_posix.chdir, path, 'chdir')


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src, 'rename', 'src'), _p(dst, 'rename', 'dst'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src, 'replace', 'src'), _p(dst, 'replace', 'dst'))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(_p(src, 'symlink', 'src'), _p(dst, 'symlink', 'dst'))


def readlink(path, *, dir_fd=None):
    r = _call1(_posix.readlink, path, 'readlink')
    if _isbytes(path):
        return r.encode('utf-8', 'surrogateescape')
    return r


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    if not isinstance(mode, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(mode).__name__)
    _call1(lambda q: _posix.chmod(q, mode, 1 if follow_symlinks else 0), path, 'chmod')


def lchmod(path, mode):
    chmod(path, mode, follow_symlinks=False)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        at, mt = (int(round(t * 1e9)) if isinstance(t, float) else t * 1000000000 for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
        at, mt = ns
    else:
        at = mt = -1
    try:
        _posix.utime(_p(path, 'utime'), at, mt, 1 if follow_symlinks else 0)
    except OSError as e:
        # CPython's utime error carries no file name
        raise OSError(e.errno, e.strerror) if type(e) is OSError else type(e)(e.errno, e.strerror) from None


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Existence test only (no permission service): F_OK exactly, other
    modes answered from the permission bits for the owner."""
    try:
        st = stat(path, follow_symlinks=follow_symlinks)
    except OSError:
        return False
    bits = 0
    if mode & R_OK:
        bits |= 0o444
    if mode & W_OK:
        bits |= 0o222
    if mode & X_OK:
        bits |= 0o111
    return all(st.st_mode & (b & 0o700) for b in (bits & 0o400, bits & 0o200, bits & 0o100) if b)


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _call1(lambda q: _posix.open(q, flags, mode), path, 'open')


def close(fd):
    _posix.close(fd)


def closerange(lo, hi):
    for fd in range(lo, hi):
        try:
            _posix.close(fd)
        except OSError:
            pass


def read(fd, n):
    return _posix.read(fd, n)


def write(fd, data):
    return _posix.write(fd, bytes(data))


def isatty(fd):
    return _posix.isatty(fd)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class terminal_size(tuple):
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    # The host offers no ioctl service: every descriptor behaves as one that
    # is not a terminal (as CPython's does when output goes to a pipe or a
    # file); shutil.get_terminal_size then gives COLUMNS/LINES or the fallback.
    fd = _index_fd(fd)
    if fd < 0:
        raise OSError(9, 'Bad file descriptor')
    raise OSError(25, 'Inappropriate ioctl for device')


def _index_fd(fd):
    if isinstance(fd, float) or not hasattr(type(fd), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return type(fd).__index__(fd)


_S_IFMT = 0o170000


class DirEntry:
    """An entry of os.scandir(): name, path and cached stat results."""

    __slots__ = ('name', 'path', '_lstat', '_stat', '_bytes')

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._get_lstat()
        return self._stat

    def inode(self):
        return self._get_lstat().st_ino

    def is_symlink(self):
        try:
            return (self._get_lstat().st_mode & _S_IFMT) == 0o120000
        except FileNotFoundError:
            return False

    def _kind(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & _S_IFMT) == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(0o100000, follow_symlinks)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ScandirIterator:
    def __init__(self, path, names):
        self._path = path
        self._it = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        name = next(self._it)
        p = self._path
        if isinstance(name, bytes):
            full = p + name if p.endswith(b'/') else p + b'/' + name
        else:
            full = p + name if p.endswith('/') else p + '/' + name
        return DirEntry(name, full)

    def close(self):
        self._it = None

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()
        return False


def scandir(path='.'):
    if path is None:
        path = '.'
    if not isinstance(path, (str, bytes)):
        if isinstance(path, int):
            raise TypeError('scandir: file descriptors are not supported by Pyclave')
        path = _p(path, 'scandir') if not _isbytes(path) else fspath(path)
    names = listdir(path)
    return _ScandirIterator(path, names)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
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


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator, like CPython's (scandir based)."""
    top = fspath(top)
    try:
        it = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs, walk_dirs = [], [], []
    with it:
        for entry in it:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def statvfs_usage(p):
    """(total, free, available) bytes of the file system holding p (for
    shutil.disk_usage)."""
    return _posix.statvfs(_p(p, 'statvfs'))


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
