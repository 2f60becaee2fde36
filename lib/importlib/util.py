"""Utility code for constructing importers, etc."""
import sys

from ._bootstrap import (module_from_spec, spec_from_loader, spec_from_file_location,
                         cache_from_source, source_from_cache, decode_source,
                         MAGIC_NUMBER, _resolve_name, _find_spec)
from ._bootstrap import _spec_of


def source_hash(source_bytes):
    "Return the hash of *source_bytes* as used in hash-based pyc files."
    raise NotImplementedError('source_hash() is not available in Pyclave')


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _find_spec_from_path(name, path=None):
    if name not in sys.modules:
        return _find_spec(name, path)
    else:
        module = sys.modules[name]
        if module is None:
            return None
        spec = _spec_of(module, name)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec


def find_spec(name, package=None):
    """Return the spec for the specified module.

    First, sys.modules is checked to see if the module was already imported. If
    so, then sys.modules[name].__spec__ is returned. If that happens to be
    set to None, then ValueError is raised. If the module is not in
    sys.modules, then sys.meta_path is searched for a suitable spec with the
    value of 'path' given to the finders. None is returned if no spec could
    be found.

    If the name is for submodule (contains a dot), the parent module is
    automatically imported.

    The name and package arguments work the same as importlib.import_module().
    In other words, relative module names (with leading dots) work.

    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    else:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = _spec_of(module, name)
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec


class Loader:
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        raise ImportError


class LazyLoader(Loader):
    """A loader that runs the module at once (Pyclave has no lazy modules)."""

    def __init__(self, loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)


def _deprecated_decorator(name):
    import warnings
    warnings.warn('The import system now takes care of this automatically; '
                  'this decorator is slated for removal in Python 3.12',
                  DeprecationWarning, stacklevel=3)


def set_package(fxn):
    """Set __package__ on the returned module (deprecated)."""
    import functools

    @functools.wraps(fxn)
    def set_package_wrapper(*args, **kwargs):
        _deprecated_decorator('set_package')
        module = fxn(*args, **kwargs)
        if getattr(module, '__package__', None) is None:
            module.__package__ = module.__name__
            if not hasattr(module, '__path__'):
                module.__package__ = module.__package__.rpartition('.')[0]
        return module
    return set_package_wrapper


def set_loader(fxn):
    """Set __loader__ on the returned module (deprecated)."""
    import functools

    @functools.wraps(fxn)
    def set_loader_wrapper(self, *args, **kwargs):
        _deprecated_decorator('set_loader')
        module = fxn(self, *args, **kwargs)
        if getattr(module, '__loader__', None) is None:
            module.__loader__ = self
        return module
    return set_loader_wrapper


def module_for_loader(fxn):
    """Decorator to handle selecting the proper module for loaders (deprecated)."""
    import functools

    @functools.wraps(fxn)
    def module_for_loader_wrapper(self, fullname, *args, **kwargs):
        _deprecated_decorator('module_for_loader')
        module = sys.modules.get(fullname)
        is_reload = module is not None
        if not is_reload:
            module = type(sys)(fullname)
            module.__initializing__ = True
            sys.modules[fullname] = module
        try:
            module.__loader__ = self
            try:
                is_package = self.is_package(fullname)
            except (ImportError, AttributeError):
                pass
            else:
                if is_package:
                    module.__package__ = fullname
                else:
                    module.__package__ = fullname.rpartition('.')[0]
            return fxn(self, module, *args, **kwargs)
        except BaseException:
            if not is_reload:
                sys.modules.pop(fullname, None)
            raise
        finally:
            module.__initializing__ = False
    return module_for_loader_wrapper
