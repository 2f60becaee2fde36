"""Object-oriented file-system paths, written for Pyclave from the Python
documentation.

PurePath, PurePosixPath and PureWindowsPath (drive letters and UNC shares,
basic) work everywhere; Path/PosixPath need the file system (Linux mode;
inside the enclave `import pathlib` raises ImportError).  WindowsPath
cannot be instantiated.  Missing: owner/group, hardlink_to, link_to,
is_mount on Windows paths, dir_fd."""

import fnmatch
import os
import posixpath
import re
import sys
from _collections_abc import Sequence

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']

_IGNORED_ERRNOS = (2, 20, 9, 40)  # ENOENT, ENOTDIR, EBADF, ELOOP


def _ignore_error(e):
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS


# ---- flavours: how a path string splits into drive, root and parts ----

class _PosixFlavour:
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = (os.name != 'nt')

    def splitroot(self, part):
        if part and part[0] == '/':
            stripped = part.lstrip('/')
            # POSIX keeps exactly two leading slashes
            if len(part) - len(stripped) == 2:
                return '', '//', stripped
            return '', '/', stripped
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote(os.fsencode(str(path)))


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = (os.name == 'nt')

    def splitroot(self, part):
        part = part.replace('/', '\\')
        if part[:2] == '\\\\' and part[2:3] != '\\':
            # UNC: \\server\share
            i = part.find('\\', 2)
            if i > 2:
                j = part.find('\\', i + 1)
                if j != i + 1:
                    if j < 0:
                        j = len(part)
                    drv = part[:j]
                    rest = part[j:]
                    return drv, '\\', rest.lstrip('\\')
        drv = ''
        if part[1:2] == ':' and part[:1].isalpha():
            drv = part[:2]
            part = part[2:]
        if part[:1] == '\\':
            return drv, '\\', part.lstrip('\\')
        return drv, '', part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WIN_RESERVED

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _quote(rest.encode('utf-8')))
        return 'file:' + _quote(path.as_posix().encode('utf-8'))


_WIN_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                 | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                 | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})

_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(b):
    """Percent-encode bytes b for a file: URI (keeping '/')."""
    return ''.join(chr(c) if c in _SAFE else '%%%02X' % c for c in b)


def _parse(flavour, args):
    """(drive, root, parts) of the joined arguments."""
    drv = root = ''
    parts = []
    sep = flavour.sep
    for a in args:
        if isinstance(a, PurePath):
            s = str(a) if a._flavour is flavour else a.as_posix() if flavour is _posix_flavour else str(a)
        else:
            s = os.fspath(a)
            if not isinstance(s, str):
                raise TypeError('argument should be a str object or an os.PathLike object '
                                'returning str, not %r' % (type(s),))
        if flavour.altsep:
            s = s.replace(flavour.altsep, sep)
        d, r, rel = flavour.splitroot(s)
        new = [x for x in rel.split(sep) if x and x != '.']
        if r:
            # an absolute part restarts the path (keeping the drive when the
            # part has none, as on Windows)
            if d or not flavour.has_drv:
                drv = d
            elif d == '' and drv and flavour.has_drv:
                pass
            root = r
            parts = new
        elif d:
            if flavour.casefold(d) != flavour.casefold(drv):
                drv, root, parts = d, '', new
            else:
                drv = d
                parts = parts + new
        else:
            parts = parts + new
    return drv, root, parts


class _PathParents(Sequence):
    """The sequence of logical ancestors of a path (path.parents)."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._tail

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._drv, self._root, self._parts[:-idx - 1])

    def __repr__(self):
        return '<{}.parents>'.format(self._pathcls.__name__)


class PurePath:
    """A path without file-system access; PurePath(...) gives the flavour
    of the system (PurePosixPath here)."""

    __slots__ = ('_drv', '_root', '_tail', '_str', '_hash', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = _parse(cls._flavour, args)
        self._drv = drv
        self._root = root
        self._tail = parts
        return self

    @classmethod
    def _from_parsed(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._tail = list(parts)
        return self

    def _format(self):
        sep = self._flavour.sep
        anchor = self._drv + self._root
        if anchor:
            return anchor + sep.join(self._tail)
        return sep.join(self._tail) or '.'

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format()
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(list(self.parts))
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        anchor = self._drv + self._root
        if anchor:
            return (anchor,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the final component changed."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        f = self._flavour
        drv, root, parts = _parse(f, (name,))
        if (not name or name[-1] in (f.sep, f.altsep) or drv or root or len(parts) != 1
                or (f.altsep and f.altsep in name) or f.sep in name):
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parsed(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix changed (or added, or removed with '')."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._drv, self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other (ValueError when not beneath it)."""
        if not other:
            raise TypeError('need at least one argument')
        to = self._from_parts(other)
        cf = self._flavour.casefold_parts
        n = len(to._tail)
        if (self._flavour.casefold(self._drv) != self._flavour.casefold(to._drv)
                or self._root != to._root or cf(self._tail[:n]) != cf(to._tail)):
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the '
                             'other is absolute.'.format(str(self), str(to._format_for_error())))
        return self._from_parsed('', '', self._tail[n:])

    def _format_for_error(self):
        anchor = self._drv + self._root
        if anchor:
            return anchor + self._flavour.sep.join(self._tail)
        return self._flavour.sep.join(self._tail)

    def is_relative_to(self, *other):
        """Whether the path is beneath other."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """The path with args appended."""
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        return self._flavour.is_reserved(list(self.parts))

    def match(self, path_pattern):
        """Whether the path matches the glob pattern, compared from the
        right (an absolute pattern must match the whole path)."""
        f = self._flavour
        drv, root, pat_parts = _parse(f, (path_pattern,))
        if not pat_parts and not drv and not root:
            raise ValueError('empty pattern')
        cf = f.casefold
        if drv and cf(drv) != cf(self._drv):
            return False
        if root and root != self._root:
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) + 1 != len(parts):
                return False
            parts = parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, cf(pat)):
                return False
        return True

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows semantics (basic: drives and UNC shares)."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---- glob selectors ----

def _compile_part(pat, flavour):
    if flavour is _windows_flavour:
        return re.compile(fnmatch.translate(pat), re.IGNORECASE).fullmatch
    return re.compile(fnmatch.translate(pat)).fullmatch


def _select(parent, parts, flavour):
    """Paths below parent matching the pattern components parts."""
    if not parts:
        yield parent
        return
    pat, rest = parts[0], parts[1:]
    dironly = bool(rest)
    if pat == '**':
        seen = set()
        for d in _iter_dirs(parent):
            for p in _select(d, rest, flavour):
                if p not in seen:
                    seen.add(p)
                    yield p
        return
    if '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if not (set(pat) & set('*?[')):
        path = parent._make_child_relpath(pat)
        if path.is_dir() if dironly else path.exists():
            yield from _select(path, rest, flavour)
        return
    match = _compile_part(pat, flavour)
    try:
        with os.scandir(str(parent)) as it:
            entries = list(it)
    except PermissionError:
        return
    except OSError:
        return
    for entry in entries:
        if dironly:
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        name = entry.name
        if match(name):
            yield from _select(parent._make_child_relpath(name), rest, flavour)


def _iter_dirs(parent):
    yield parent
    try:
        with os.scandir(str(parent)) as it:
            entries = list(it)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _iter_dirs(parent._make_child_relpath(entry.name))
        except OSError:
            pass


class Path(PurePath):
    """A path with file-system operations; Path(...) gives a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        if not part:
            return self._from_parsed(self._drv, self._root, self._tail + [''])._strip_empty()
        return self._from_parsed(self._drv, self._root, self._tail + [part])

    def _strip_empty(self):
        # a trailing '' component (pattern ending in '/') names the directory
        tail = [p for p in self._tail if p]
        return self._from_parsed(self._drv, self._root, tail)

    def __enter__(self):
        import warnings
        warnings.warn('pathlib.Path.__enter__() is deprecated and scheduled for removal in '
                      'Python 3.13; Path objects as a context manager is a no-op',
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls('~').expanduser()

    def samefile(self, other_path):
        """Whether other_path is the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        """The entries of the directory (not '.' or '..')."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def _pattern_parts(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        drv, root, parts = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep) and pattern[-1]:
            parts.append('')
        return parts

    def glob(self, pattern):
        """Paths below this one matching the relative glob pattern."""
        parts = self._pattern_parts(pattern)
        for p in parts:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return _select(self, parts, self._flavour)

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        parts = self._pattern_parts(pattern)
        for p in parts:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return _select(self, ['**'] + parts, self._flavour)

    def absolute(self):
        """The absolute path (not normalized, symbolic links not resolved)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._tail)

    def resolve(self, strict=False):
        """The absolute path with symbolic links resolved."""
        s = os.path.realpath(str(self), strict=strict)
        p = self._from_parts((s,))
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def owner(self):
        raise NotImplementedError('Path.owner() is unsupported on this system')

    def group(self):
        raise NotImplementedError('Path.group() is unsupported on this system')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file (like the built-in open())."""
        if 'b' in mode:
            return open(str(self), mode, buffering)
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The target of the symbolic link."""
        return self._from_parts((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its modification time."""
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a directory (and its parents with parents=True)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symbolic link."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        """Rename to target; return the new path."""
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing it; return the new path."""
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        raise NotImplementedError('hardlink_to() is not supported by Pyclave')

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_is(self, test, follow=True):
        try:
            m = self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(m)

    def is_dir(self):
        return self._mode_is(lambda m: (m & 0o170000) == 0o040000)

    def is_file(self):
        return self._mode_is(lambda m: (m & 0o170000) == 0o100000)

    def is_symlink(self):
        return self._mode_is(lambda m: (m & 0o170000) == 0o120000, False)

    def is_block_device(self):
        return self._mode_is(lambda m: (m & 0o170000) == 0o060000)

    def is_char_device(self):
        return self._mode_is(lambda m: (m & 0o170000) == 0o020000)

    def is_fifo(self):
        return self._mode_is(lambda m: (m & 0o170000) == 0o010000)

    def is_socket(self):
        return self._mode_is(lambda m: (m & 0o170000) == 0o140000)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        # compared with the lexical parent (so Path('.') is its own parent)
        try:
            parent_st = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        return st.st_dev != parent_st.st_dev or st.st_ino == parent_st.st_ino

    def expanduser(self):
        """The path with a leading ~ expanded."""
        if not (self._drv or self._root) and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_parts([homedir] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path (cannot be instantiated here)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError('Path.is_mount() is unsupported on this system')
