"""Path operations on POSIX paths, written for Pyclave.

str and bytes paths (bytes are decoded with surrogateescape, processed as
str and encoded back).  exists/isfile/isdir/islink/getsize/abspath/realpath
use the posix module (Linux mode only)."""

try:
    import posix as _posix
except ImportError:
    # inside the enclave (no file-system host services)
    raise ModuleNotFoundError("No module named 'posixpath': not available inside the enclave "
                              "(no file system)", name='posixpath') from None

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'exists', 'isfile', 'isdir',
           'getsize', 'getmtime', 'abspath', 'normpath', 'relpath', 'isabs', 'expanduser',
           'commonprefix', 'commonpath', 'splitdrive', 'normcase', 'sep', 'curdir', 'pardir',
           'extsep', 'pathsep', 'altsep', 'defpath', 'devnull', 'islink', 'lexists', 'realpath',
           'samefile', 'getatime', 'getctime', 'ismount', 'sameopenfile', 'samestat', 'expandvars']


def _fspath_any(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        r = f(p)
        if isinstance(r, (str, bytes)):
            return r
        raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                        .format(type(p).__name__, type(r).__name__))
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)


def _fspath(p):
    p = _fspath_any(p)
    if isinstance(p, bytes):
        return p.decode('utf-8', 'surrogateescape')
    return p


def _spath(fname, p):
    """A path argument for the stat calls, with os.stat's TypeError."""
    if isinstance(p, (str, bytes)) or hasattr(type(p), '__fspath__'):
        return _fspath(p)
    kinds = 'string, bytes, os.PathLike or integer' if fname == 'stat' else 'string, bytes or os.PathLike'
    raise TypeError('%s: path should be %s, not %s' % (fname, kinds, type(p).__name__))


def _enc(s):
    return s.encode('utf-8', 'surrogateescape')


def _bytes_aware(nargs_all=False):
    """Make a str path function accept bytes too: bytes arguments are
    decoded, the str results encoded back (mixing raises TypeError)."""
    def deco(f):
        def wrapper(*args):
            if nargs_all:
                conv = [_fspath_any(args[0])] if args else []
                for a in args[1:]:
                    try:
                        conv.append(_fspath_any(a))
                    except TypeError:
                        raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                                        % (f.__name__, type(a).__name__)) from None
            else:
                conv = [_fspath_any(args[0])] + list(args[1:]) if args else []
            kinds = set(type(a) for a in conv if isinstance(a, (str, bytes)))
            if bytes not in kinds:
                return f(*conv)
            if str in kinds:
                raise TypeError("Can't mix strings and bytes in path components")
            r = f(*[a.decode('utf-8', 'surrogateescape') if isinstance(a, bytes) else a for a in conv])
            if isinstance(r, str):
                return _enc(r)
            if isinstance(r, tuple):
                return tuple(_enc(x) if isinstance(x, str) else x for x in r)
            return r
        wrapper.__name__ = f.__name__
        wrapper.__qualname__ = f.__qualname__
        wrapper.__doc__ = f.__doc__
        return wrapper
    return deco


@_bytes_aware()
def normcase(s):
    return _fspath(s)


@_bytes_aware()
def isabs(s):
    return _fspath(s).startswith('/')


@_bytes_aware()
def splitdrive(p):
    return '', _fspath(p)


@_bytes_aware(True)
def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        b = _fspath(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


@_bytes_aware()
def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


@_bytes_aware()
def splitext(p):
    p = _fspath(p)
    sep_i = p.rfind('/')
    dot_i = p.rfind('.')
    if dot_i > sep_i:
        # a leading run of dots in the name is not an extension
        i = sep_i + 1
        while i < dot_i:
            if p[i] != '.':
                return p[:dot_i], p[dot_i:]
            i += 1
    return p, p[:0]


@_bytes_aware()
def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


@_bytes_aware()
def dirname(p):
    p = _fspath(p)
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def exists(path):
    try:
        _posix.stat(_spath('stat', path))
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _posix.lstat(_spath('lstat', path))
    except (OSError, ValueError):
        return False
    return True


def islink(path):
    try:
        m = _posix.lstat(_spath('lstat', path))[0]
    except (OSError, ValueError, AttributeError):
        return False
    return (m & 0o170000) == 0o120000


def ismount(path):
    try:
        s1 = _posix.lstat(_spath('lstat', path))
    except (OSError, ValueError):
        return False
    if (s1[0] & 0o170000) == 0o120000:
        return False
    p = _fspath(path)
    parent = realpath(join(p, '..'))
    try:
        s2 = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    import os
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    raise OSError('sameopenfile is not supported by Pyclave')


def _mode(path):
    try:
        return _posix.stat(_spath('stat', path))[0]
    except (OSError, ValueError):
        return None


def isdir(s):
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def isfile(path):
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def getsize(filename):
    return _posix.stat(_spath('stat', filename))[6]


def getmtime(filename):
    return _posix.stat(_spath('stat', filename))[8] / 1e9


def getatime(filename):
    return _posix.stat(_spath('stat', filename))[7] / 1e9


def getctime(filename):
    return _posix.stat(_spath('stat', filename))[9] / 1e9


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved (a missing component is
    kept as it is unless strict)."""
    p = _fspath_any(filename)
    if isinstance(p, bytes):
        return _enc(_realpath(p.decode('utf-8', 'surrogateescape'), strict))
    return _realpath(p, strict)


def _realpath(path, strict):
    # resolved relative to the current directory (so errors name the path
    # as given), made absolute at the end
    done = '/' if path.startswith('/') else ''
    todo = [c for c in path.split('/') if c]
    todo.reverse()
    hops = 0
    while todo:
        name = todo.pop()
        if name == '.':
            continue
        if name == '..':
            if done == '/':
                continue
            if done and basename(done) != '..':
                done = dirname(done)
            else:
                done = join(done, '..') if done else '..'
            continue
        new = join(done, name) if done else name
        try:
            st = _posix.lstat(new)
        except OSError:
            if strict:
                raise
            done = new
            continue
        if (st[0] & 0o170000) != 0o120000:
            done = new
            continue
        hops += 1
        if hops > 40:
            if strict:
                raise OSError(40, _posix.strerror(40), new)
            done = join(new, *reversed(todo)) if todo else new
            break
        target = _posix.readlink(new)
        if target.startswith('/'):
            done = '/'
        rest = [c for c in target.split('/') if c]
        rest.reverse()
        todo.extend(rest)
    return abspath(done)


@_bytes_aware()
def expandvars(path):
    if '$' not in path:
        return path
    import os
    import re
    out = []
    i = 0
    pat = re.compile(r'\$(\w+|\{[^}]*\})', re.ASCII)
    while True:
        m = pat.search(path, i)
        if not m:
            out.append(path[i:])
            break
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        out.append(path[i:m.start()])
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(m.group(0))
        i = m.end()
    return ''.join(out)


@_bytes_aware()
def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes, three or more become one
        initial = 2 if path.startswith('//') and not path.startswith('///') else 1
    comps = path.split('/')
    new = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(comp)
        elif new:
            new.pop()
    path = '/'.join(new)
    if initial:
        path = '/' * initial + path
    return path or '.'


@_bytes_aware()
def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


@_bytes_aware()
def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user is not supported (no password database)
    import os
    if 'HOME' not in os.environ:
        return path
    userhome = os.environ['HOME'].rstrip('/')
    return (userhome + path[i:]) or '/'


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    p0 = _fspath_any(path)
    if isinstance(p0, bytes):
        if start is not None and isinstance(_fspath_any(start), str):
            raise TypeError("Can't mix strings and bytes in path components")
        return _enc(relpath(p0.decode('utf-8', 'surrogateescape'),
                            None if start is None else _fspath(start)))
    path = _fspath(path)
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath_any, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    split_paths = [p.split('/') for p in paths]
    try:
        isabs_, = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs_ else ''
    return prefix + '/'.join(common)
