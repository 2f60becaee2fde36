"""Access to Python's configuration information (Pyclave).

CPython's sysconfig reads the Makefile and pyconfig.h its interpreter was
built with.  Pyclave has neither: it is one binary with its standard
library frozen inside, builds no C extensions and has no install scheme
of its own.  This module keeps sysconfig's API with the values that are
true for Pyclave: the version and platform variables, and the paths of
the 'posix_prefix' scheme computed from sys.prefix as CPython does (they
describe where an installation would put things; nothing is read from
them).  Variables Pyclave has no value for (compiler flags, Makefile
settings) are absent, so get_config_var() returns None for them, as
CPython does for any unknown name.
"""

import os
import sys

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

_CONFIG_VARS = None


def _init_config_vars():
    version = sys.version_info
    short = '%d.%d' % version[:2]
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(sys.base_prefix)
    base_exec_prefix = os.path.normpath(getattr(sys, 'base_exec_prefix',
                                                exec_prefix))
    v = {
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'py_version': '%d.%d.%d' % version[:3],
        'py_version_short': short,
        'py_version_nodot': '%d%d' % version[:2],
        'installed_base': base_prefix,
        'base': prefix,
        'installed_platbase': base_exec_prefix,
        'platbase': exec_prefix,
        'projectbase': os.path.dirname(os.path.abspath(sys.executable))
                       if sys.executable else os.getcwd(),
        'platlibdir': getattr(sys, 'platlibdir', 'lib'),
        'abiflags': '',
        'py_version_nodot_plat': '',
        'VERSION': short,
        'EXE': '',
        # Pyclave's own build facts
        'WITH_DOC_STRINGS': 1,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'SIZEOF_VOID_P': 8 if sys.maxsize > 2**32 else 4,
        'SIZEOF_LONG': 8 if sys.maxsize > 2**32 else 4,
        'SIZEOF_INT': 4,
        'MACHDEP': sys.platform,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:'
                  '/usr/share/lib/zoneinfo:/etc/zoneinfo',
        # Pyclave builds no C extension modules
        'EXT_SUFFIX': None,
        'SOABI': None,
    }
    home = os.environ.get('PYTHONUSERBASE')
    if not home:
        home = os.path.join(os.path.expanduser('~'), '.local')
    v['userbase'] = home
    v['srcdir'] = v['projectbase']
    return v


def get_config_vars(*args):
    """With no arguments, the dictionary of configuration variables;
    with arguments, the list of their values (None where unknown)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """The value of one configuration variable, None if there is none."""
    return get_config_vars().get(name)


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """The platform name: 'linux-<machine>' (Pyclave runs on Linux)."""
    machine = None
    uname = getattr(os, 'uname', None)
    if uname is not None:
        try:
            machine = uname().machine
        except OSError:
            machine = None
    if not machine:
        machine = 'x86_64' if sys.maxsize > 2**32 else 'i686'
    machine = machine.lower().replace(' ', '_').replace('/', '-')
    return '%s-%s' % (sys.platform, machine)


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key == 'prefix':
        return 'posix_prefix'
    if key == 'home':
        return 'posix_home'
    if key == 'user':
        return 'posix_user'
    raise ValueError(f"{key!r} is not a valid key (must be one of "
                     f"'prefix', 'home', 'user')")


def get_path_names():
    return _SCHEME_KEYS


def _expand(template, variables):
    import re
    def repl(m):
        name = m.group(1)
        if name in variables:
            return str(variables[name])
        if name in os.environ:
            return os.environ[name]
        return m.group(0)
    return re.sub(r'\{([^{]*?)\}', repl, template)


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme (a dict name -> path)."""
    if scheme is None:
        scheme = get_default_scheme()
    paths = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(paths)
    variables = dict(get_config_vars())
    if vars:
        variables.update(vars)
    res = {}
    for key, value in paths.items():
        value = _expand(value, variables)
        if os.name == 'posix':
            value = os.path.normpath(os.path.expanduser(value))
        res[key] = value
    return res


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def is_python_build(check_home=False):
    """False: Pyclave never runs from a CPython source tree."""
    return False


def get_makefile_filename():
    """Pyclave is not built by CPython's Makefile: there is none to name."""
    raise OSError("pyclave has no Makefile of its configuration")


def get_config_h_filename():
    """Pyclave has no pyconfig.h to name."""
    raise OSError("pyclave has no pyconfig.h of its configuration")


def parse_config_h(fp, vars=None):
    """Parse a pyconfig.h-style file object into a dict, as CPython does."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars
