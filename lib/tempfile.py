"""Temporary files and directories (Linux mode), written for Pyclave from
the Python documentation.

Names are 8 characters drawn from the host's random source (os.urandom).
Differences from CPython: TemporaryFile() is a NamedTemporaryFile that is
unlinked at once (its .name is the former path, not a descriptor);
there is no O_TMPFILE and no fdopen, so mkstemp() returns a descriptor
usable with os.read/os.write/os.close only."""

import io as _io
import os as _os
import sys as _sys

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    """8 unbiased random characters of _CHARS."""
    out = []
    while len(out) < 8:
        for b in _os.urandom(16):
            if b < 222:  # 6 * 37: reject the rest so every char is equally likely
                out.append(_CHARS[b % 37])
                if len(out) == 8:
                    break
    return ''.join(out)


class _RandomNameSequence:
    """An endless iterator of random names."""

    characters = _CHARS

    def __iter__(self):
        return self

    def __next__(self):
        return _random_name()


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            name = _os.path.join(dir, _random_name())
            try:
                fd = _os.open(name, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                    _os.unlink(name)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, 'No usable temporary directory found in %s' % _candidate_tempdir_list())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The directory for temporary files (TMPDIR, TEMP, TMP, /tmp...)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    kinds = set(type(x) for x in (prefix, suffix, dir) if x is not None)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    output_bytes = bytes in kinds
    if suffix is None:
        suffix = b'' if output_bytes else ''
    if prefix is None:
        prefix = _os.fsencode(template) if output_bytes else template
    if dir is None:
        dir = gettempdirb() if output_bytes else gettempdir()
    return prefix, suffix, dir, output_bytes


def _names(prefix, suffix, dir, output_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file (mode 0o600) securely; return (fd, absolute path)."""
    prefix, suffix, dir, output_bytes = _sanitize_params(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, output_bytes):
        try:
            fd = _os.open(file, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700); return its absolute path."""
    prefix, suffix, dir, output_bytes = _sanitize_params(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, output_bytes):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


def _open_new(mode, prefix, suffix, dir, encoding, newline, errors):
    """Create a new file exclusively and open it with mode."""
    prefix, suffix, dir, output_bytes = _sanitize_params(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    m = mode.replace('w', 'r').replace('x', 'r') if '+' in mode else mode.replace('x', 'w')
    kwargs = {}
    if 'b' not in mode:
        kwargs = {'encoding': encoding, 'newline': newline, 'errors': errors}
    try:
        f = open(_os.fsdecode(name), m, **kwargs)
    except BaseException:
        _os.unlink(name)
        raise
    return f, name


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed on close if delete."""
    f, name = _open_new(mode, prefix, suffix, dir, encoding, newline, errors)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An anonymous temporary file (created, opened, then unlinked)."""
    f, name = _open_new(mode, prefix, suffix, dir, encoding, newline, errors)
    try:
        _os.unlink(name)
    except OSError:
        f.close()
        raise
    return f


class SpooledTemporaryFile:
    """A file kept in memory until it grows beyond max_size (or fileno()
    is called), then moved to a TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()
        return False

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


class TemporaryDirectory:
    """A temporary directory removed with its content by cleanup() or at
    the end of a with block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if not _os.path.lexists(self.name):
            return
        import shutil
        shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
