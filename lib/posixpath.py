"""Path operations on POSIX paths (str only), written for Pyclave.

Pure string functions work everywhere; exists/isfile/isdir/getsize/abspath
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
           'extsep', 'pathsep', 'altsep', 'defpath', 'devnull']


def _fspath(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        r = f(p)
        if isinstance(r, str):
            return r
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def splitdrive(p):
    return '', _fspath(p)


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


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


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


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def exists(path):
    try:
        _posix.stat(_fspath(path))
    except (OSError, ValueError):
        return False
    return True


def _mode(path):
    try:
        return _posix.stat(_fspath(path))[0]
    except (OSError, ValueError):
        return None


def isdir(s):
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def isfile(path):
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def getsize(filename):
    return _posix.stat(_fspath(filename))[6]


def getmtime(filename):
    return _posix.stat(_fspath(filename))[8] / 1e9


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


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


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
        m = tuple(map(_fspath, m))
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
