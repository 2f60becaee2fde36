"""The import machinery behind importlib, on top of Pyclave's VM import
(built-in C modules, then frozen lib/ modules, then sys.path), which keeps
no meta path of its own: the finders here answer the same questions in the
same order without importing anything."""

import sys
import _imp

class _ModuleSpec:
    """The specification for a module, used for loading (for runtimes whose
    modules carry no spec, such as an enclave image)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False
        self.parent = name if is_package else name.rpartition('.')[0]

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented


_ModuleSpec.__name__ = _ModuleSpec.__qualname__ = 'ModuleSpec'
_ModuleSpec.__module__ = '_frozen_importlib'

# The spec type of the VM's frozen modules (_frozen_importlib.ModuleSpec):
# one type for every spec, so isinstance checks agree.
ModuleSpec = type(__spec__) if __spec__ is not None else _ModuleSpec
del _ModuleSpec

_RELOADING = {}


def _new_module(name):
    return type(sys)(name)


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _make_spec(name, loader, origin=None, is_package=None, locations=None):
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_package)
    if locations is not None:
        spec.submodule_search_locations = locations
        spec.parent = name
    return spec


class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = 'built-in'

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if fullname in sys.builtin_module_names:
            return _make_spec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return _fresh_module(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Meta path import for frozen modules (Pyclave's lib/)."""

    _ORIGIN = 'frozen'

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        if _imp.is_frozen_package(fullname):
            top = '/pyclave/lib/' + fullname.replace('.', '/')
            return _make_spec(fullname, cls, origin=cls._ORIGIN, is_package=True, locations=[top])
        return _make_spec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        # Run the frozen code again and move its namespace into module.
        name = module.__spec__.name if getattr(module, '__spec__', None) else module.__name__
        fresh = _fresh_module(name)
        keep = {k: module.__dict__[k] for k in ('__spec__', '__loader__') if k in module.__dict__}
        module.__dict__.update(fresh.__dict__)
        module.__dict__.update(keep)

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


def _fresh_module(name):
    """A newly executed copy of the built-in or frozen module name, leaving
    sys.modules as it was."""
    missing = object()
    saved = sys.modules.pop(name, missing)
    try:
        __import__(name)
        return sys.modules[name]
    finally:
        if saved is missing:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = saved


def _exec(spec, module):
    """Execute spec's module in an existing module's namespace (reload)."""
    name = spec.name
    loader = spec.loader
    _init_module_attrs(spec, module, override=True)
    if loader is None:
        raise ImportError('missing loader', name=spec.name)
    if not hasattr(loader, 'exec_module'):
        loader.load_module(name)
    else:
        loader.exec_module(module)
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    return module


def _init_module_attrs(spec, module, *, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


# ---- the path finder: sys.path directories, as the VM searches them ----

def _is_file(path):
    try:
        f = open(path, 'rb')
    except (OSError, ValueError):
        return False
    f.close()
    return True


def _join(directory, name):
    if not directory:
        return name
    if directory.endswith('/'):
        return directory + name
    return directory + '/' + name


class _PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        last = fullname.rpartition('.')[2]
        for entry in path:
            if not isinstance(entry, str):
                continue
            pkgdir = _join(entry, last)
            init = pkgdir + '/__init__.py'
            if _is_file(init):
                return spec_from_file_location(fullname, init, submodule_search_locations=[pkgdir])
            filename = _join(entry, last + '.py')
            if _is_file(filename):
                return spec_from_file_location(fullname, filename)
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


def _find_spec(name, path, target=None):
    """The spec of name from the built-in, frozen and path finders."""
    for finder in (BuiltinImporter, FrozenImporter, _PathFinder):
        spec = finder.find_spec(name, path, target)
        if spec is not None:
            # A module imported meanwhile keeps its own spec (CPython).
            module = sys.modules.get(name)
            if module is not None and target is None:
                existing = getattr(module, '__spec__', None)
                if existing is not None:
                    return existing
            return spec
    return None


def _spec_of(module, name):
    """module.__spec__, made up for modules the VM loaded without one."""
    spec = module.__dict__.get('__spec__') if hasattr(module, '__dict__') else None
    if spec is not None:
        return spec
    origin = module.__dict__.get('__pyclave_origin__') if hasattr(module, '__dict__') else None
    if origin == 'built-in':
        spec = BuiltinImporter.find_spec(name)
    elif module.__dict__.get('__file__') and name != '__main__':
        locations = module.__dict__.get('__path__')
        spec = spec_from_file_location(name, module.__file__, submodule_search_locations=locations)
    if spec is not None:
        try:
            module.__spec__ = spec
        except AttributeError:
            pass
    return spec


# ---- file loaders and specs for files ----

class FileLoader:
    """Base file loader class which implements the loader protocol methods
    that require file system usage."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def create_module(self, spec):
        return None

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def load_module(self, fullname=None):
        name = fullname or self.name
        spec = spec_from_file_location(name, self.path, loader=self)
        module = sys.modules.get(name)
        if module is None:
            module = module_from_spec(spec)
            sys.modules[name] = module
            try:
                self.exec_module(module)
            except BaseException:
                sys.modules.pop(name, None)
                raise
            return sys.modules[name]
        return _exec(spec, module)


class SourceLoader:
    def path_stats(self, path):
        raise OSError

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def path_mtime(self, path):
        return self.path_stats(path)['mtime']

    def set_data(self, path, data, *, _mode=0o666):
        # Pyclave writes no bytecode caches.
        pass

    def get_resource_reader(self, module):
        return None


class SourcelessFileLoader(FileLoader):
    """Loader which handles sourceless file imports (none in Pyclave: it
    reads no .pyc files)."""

    def get_code(self, fullname):
        raise ImportError('bytecode files are not supported by Pyclave', name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    """Loader for extension modules (none in Pyclave)."""

    def create_module(self, spec):
        raise ImportError('extension modules are not supported by Pyclave', name=spec.name)

    def exec_module(self, module):
        pass

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class FileFinder:
    """File-based finder for one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return _PathFinder.find_spec(fullname, [self.path], target)

    def __repr__(self):
        return f'FileFinder({self.path!r})'


class WindowsRegistryFinder:
    """Meta path finder for modules declared in the Windows registry."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


SourceFileLoader.__module__ = '_frozen_importlib_external'
FileFinder.__module__ = '_frozen_importlib_external'
NamespaceLoader.__module__ = '_frozen_importlib_external'
ExtensionFileLoader.__module__ = '_frozen_importlib_external'
SourcelessFileLoader.__module__ = '_frozen_importlib_external'
FileLoader.__module__ = '_frozen_importlib_external'
BuiltinImporter.__module__ = '_frozen_importlib'
WindowsRegistryFinder.__module__ = '_frozen_importlib_external'
FrozenImporter.__module__ = '_frozen_importlib'

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
_PYCACHE = '__pycache__'
_CACHE_TAG = 'cpython-311'


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition('/')
    base, sep, rest = tail.rpartition('.')
    almost = (base if sep else rest) + '.' + _CACHE_TAG
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else str(sys.flags.optimize)
    else:
        optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    filename = almost + BYTECODE_SUFFIXES[0]
    return _join(head + '/' + _PYCACHE if head or path.startswith('/') else _PYCACHE, filename)


def source_from_cache(path):
    head, _, pycache_filename = path.rpartition('/')
    pycache = head.rpartition('/')[2]
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        opt_level = optimization[len('opt-'):]
        if not opt_level.isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric value')
    base_filename = pycache_filename.partition('.')[0]
    head = head.rpartition('/')[0]
    return _join(head, base_filename + SOURCE_SUFFIXES[0])


def _decode_source(source_bytes):
    text = bytes(source_bytes)
    encoding = 'utf-8'
    for line in text.split(b'\n')[:2]:
        stripped = line.lstrip()
        if stripped.startswith(b'#'):
            import re
            m = re.search(rb'coding[:=][ \t]*([-\w.]+)', stripped)
            if m:
                encoding = m.group(1).decode('ascii')
                break
        elif stripped:
            break
    if text.startswith(b'\xef\xbb\xbf'):
        text = text[3:]
    s = text.decode(encoding)
    return s.replace('\r\n', '\n').replace('\r', '\n')


decode_source = _decode_source


def _get_cached(filename):
    if filename.endswith('.py'):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    return None


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """Return a module spec based on a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        if not isinstance(location, str):
            location = location.__fspath__()
        if not location.startswith('/'):
            try:
                import os
                location = _join(os.getcwd(), location)
            except (ImportError, OSError):
                pass
    if loader is None:
        if location.endswith('.py'):
            loader = SourceFileLoader(name, location)
        else:
            return None
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    spec.cached = _get_cached(location)
    if submodule_search_locations is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
                    spec.parent = name
    else:
        spec.submodule_search_locations = submodule_search_locations
        spec.parent = name
    if spec.submodule_search_locations == []:
        if location:
            dirname = location.rpartition('/')[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING:
        __import__(name)
        module = sys.modules[name]
    elif module is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    return module


_NEEDS_LOADING = object()
