"""Information about the platform Pyclave runs on (the platform module).

CPython's platform asks os.uname() and runs tools such as `uname -p`.
Pyclave has no uname host service and starts no processes, so only what
the runtime itself knows is reported: the system (from sys.platform), the
pointer width, the Python version and implementation.  Values that cannot
be determined are '' as in CPython (node, release, version, machine,
processor); mac_ver(), win32_ver() and java_ver() give their empty
results, as on any Linux system.
"""

import collections
import sys

__version__ = '1.0.8'

_SYSTEMS = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows',
            'cygwin': 'CYGWIN', 'emscripten': 'Emscripten', 'wasi': 'WASI'}


class uname_result(collections.namedtuple('uname_result',
                                          'system node release version machine')):
    """The result of uname(): system, node, release, version, machine and
    (computed on demand, as in CPython) processor."""

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields)]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        system = _SYSTEMS.get(sys.platform, sys.platform.capitalize())
        _uname_cache = uname_result(system, '', '', '', '')
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage): the pointer width of this interpreter; the linkage
    (CPython reads it from the `file` command's output) is not known."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2**32 else '32bit'
    return bits, linkage


def python_implementation():
    return sys.implementation.name.capitalize() if sys.implementation.name != 'cpython' \
        else 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('', '')


def python_compiler():
    return ''


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('', ''): Pyclave cannot read the executable to find the C library."""
    return lib, version


def freedesktop_os_release():
    """The os-release file as a dict (os.release files are plain text)."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, value = line.split('=', 1)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')


def platform(aliased=False, terse=False):
    """A readable platform string, e.g. 'Linux-64bit' here (no release or
    machine: they are not known)."""
    system_, _, release_, _, machine_ = tuple(uname())[:5]
    if terse:
        parts = [system_, release_]
    else:
        parts = [system_, release_, machine_, architecture()[0]]
    return '-'.join(p for p in parts if p)
