# importlib.util: find_spec, spec_from_file_location, module_from_spec with
# spec.loader.exec_module, spec_from_loader; importlib.machinery basics.
import importlib
import importlib.util
import importlib.machinery
import os
import sys
import tempfile

# find_spec of something missing, built in, imported, and relative.
print(importlib.util.find_spec('nonexistent_mod_xyz'))
print(importlib.util.find_spec('pkg_shapes.nonexistent'))
s = importlib.util.find_spec('sys')
print(s.name, s.origin, s.loader is importlib.machinery.BuiltinImporter, s.parent, s.has_location)
s = importlib.util.find_spec('time')
print(s.name, s.origin, s.submodule_search_locations)
import json
s = importlib.util.find_spec('json')
print(s.name, s.parent, s.submodule_search_locations is not None, s is json.__spec__)
s = importlib.util.find_spec('.decoder', 'json')
print(s.name, s.parent, s.submodule_search_locations)
print(importlib.util.find_spec('collections.abc').name)

try:
    importlib.util.find_spec('string.x')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.util.find_spec('.x')
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.util.find_spec('nonexistent_pkg_q.sub')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

sys.modules['halted_mod_q'] = None
print(importlib.util.find_spec('halted_mod_q'))
del sys.modules['halted_mod_q']
m = type(sys)('nospec_q')
m.__spec__ = None
sys.modules['nospec_q'] = m
try:
    importlib.util.find_spec('nospec_q')
except ValueError as e:
    print('ValueError', e)
del sys.modules['nospec_q']

# A package and a module on sys.path, found without importing them.
s = importlib.util.find_spec('pkg_shapes')
print(s.name, os.path.basename(s.origin), s.parent, len(s.submodule_search_locations), s.has_location,
      'pkg_shapes' in sys.modules)
s = importlib.util.find_spec('pkg_shapes.square')
print(s.name, os.path.basename(s.origin), s.parent, s.submodule_search_locations, type(s.loader).__name__,
      'pkg_shapes.square' in sys.modules)
print(importlib.util.find_spec('pkg_shapes.sub').name)

# Loading a file by path, the common recipe.
d = tempfile.mkdtemp()
path = os.path.join(d, 'plugin_mod.py')
with open(path, 'w') as f:
    f.write('print("plugin body runs", __name__)\nVALUE = 6 * 7\ndef hello():\n    return "hi from " + __name__\n')
spec = importlib.util.spec_from_file_location('my_plugin', path)
print(spec.name, spec.origin == path, spec.parent, spec.submodule_search_locations, spec.has_location,
      spec.cached == os.path.join(d, '__pycache__', 'plugin_mod.cpython-311.pyc'))
print(isinstance(spec, importlib.machinery.ModuleSpec), isinstance(spec.loader, importlib.machinery.SourceFileLoader))
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, 'VALUE' in vars(mod), mod.__file__ == path, mod.__spec__ is spec, mod.__loader__ is spec.loader)
print('my_plugin' in sys.modules)
spec.loader.exec_module(mod)
print(mod.VALUE, mod.hello(), mod.__package__ == '')
print(spec.loader.get_filename('my_plugin') == path, spec.loader.is_package('my_plugin'))
print(spec.loader.get_source('my_plugin').splitlines()[1])
print(spec.loader.get_data(path)[:5])

# A package by path.
pkgdir = os.path.join(d, 'mypkg')
os.mkdir(pkgdir)
init = os.path.join(pkgdir, '__init__.py')
with open(init, 'w') as f:
    f.write('NAME = __name__\n')
spec = importlib.util.spec_from_file_location('mypkg', init)
print(spec.parent, spec.submodule_search_locations == [pkgdir])
pkg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pkg)
print(pkg.NAME, pkg.__path__ == [pkgdir], pkg.__package__)
spec = importlib.util.spec_from_file_location('other', init, submodule_search_locations=[])
print(spec.submodule_search_locations == [pkgdir])

# A file whose code raises.
bad = os.path.join(d, 'bad_mod.py')
with open(bad, 'w') as f:
    f.write('x = 1\nraise ValueError("broken module")\n')
spec = importlib.util.spec_from_file_location('bad_mod', bad)
mod = importlib.util.module_from_spec(spec)
try:
    spec.loader.exec_module(mod)
except ValueError as e:
    print('ValueError', e, mod.x)

# Not a .py file: no loader, no spec.
print(importlib.util.spec_from_file_location('x', os.path.join(d, 'data.txt')))

# Modules made from a spec by hand.
class MyLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.made_by = 'MyLoader'

spec = importlib.util.spec_from_loader('made_q', MyLoader())
print(spec.name, spec.origin, spec.submodule_search_locations, spec.parent)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.made_by, mod.__loader__ is spec.loader)
spec = importlib.machinery.ModuleSpec('a.b.c', None)
print(spec.name, spec.loader, spec.origin, spec.parent, spec.submodule_search_locations, spec.has_location)
spec = importlib.machinery.ModuleSpec('a.b', None, is_package=True)
print(spec.parent, spec.submodule_search_locations)
print(spec == importlib.machinery.ModuleSpec('a.b', None, is_package=True))

class OnlyExec:
    def exec_module(self, module):
        pass
try:
    importlib.util.module_from_spec(importlib.machinery.ModuleSpec('oe', OnlyExec()))
except ImportError as e:
    print('ImportError', e)

print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.util.MAGIC_NUMBER)
print(importlib.util.cache_from_source('/a/b.py'), importlib.util.cache_from_source('/a/b.py', optimization=2))
print(importlib.util.source_from_cache('/a/__pycache__/b.cpython-311.pyc'))
try:
    importlib.util.source_from_cache('/a/b.cpython-311.pyc')
except ValueError as e:
    print('ValueError', e)
print(repr(importlib.util.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\ny = 1\r\n')))
print(importlib.machinery.BuiltinImporter.find_spec('sys').origin,
      importlib.machinery.BuiltinImporter.find_spec('nonexistent_mod_xyz'))
