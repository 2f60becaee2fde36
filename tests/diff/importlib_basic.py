# importlib.import_module (absolute and relative names, CPython's errors),
# reload, invalidate_caches and importlib.util.resolve_name.
import importlib
import importlib.util
import sys

m = importlib.import_module('json')
print(m.__name__, m is sys.modules['json'])
print(importlib.import_module('json.decoder').__name__)
print(importlib.import_module('.decoder', 'json').__name__)
print(importlib.import_module('..decoder', 'json.encoder').__name__)
print(importlib.import_module('.', 'json').__name__)
print(importlib.import_module('collections.abc') is sys.modules['collections.abc'])

for args in [('..x',), ('.x',), ('nonexistent_mod_xyz',), ('json.nope',), ('nonexistent_mod_xyz.sub',),
             ('',), ('...x', 'a.b'), ('.x', ''), ('.x', None), ('string.nope',), ('.x', 'nonexistent_pkg_q')]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(args, type(e).__name__, e, getattr(e, 'name', '-'))

try:
    importlib.import_module(5)
except AttributeError as e:
    print('AttributeError', e)

# None in sys.modules halts the import.
sys.modules['halted_mod_q'] = None
try:
    importlib.import_module('halted_mod_q')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
del sys.modules['halted_mod_q']

# The package on disk next to this test.
shapes = importlib.import_module('pkg_shapes')
circle = importlib.import_module('.circle', 'pkg_shapes')
print(circle.__name__, circle is sys.modules['pkg_shapes.circle'], shapes.circle is circle)

# reload re-runs the module's code in the same module object.
import pkg_shapes.consts as consts
consts.ADDED_LATER = 'x'
before = dict(vars(consts))
r = importlib.reload(consts)
print(r is consts, 'ADDED_LATER' in vars(consts), sorted(k for k in vars(consts) if not k.startswith('__')) ==
      sorted(k for k in before if not k.startswith('__')))

for bad in (5, None, 'json'):
    try:
        importlib.reload(bad)
    except TypeError as e:
        print('TypeError', e)

fake = type(sys)('not_in_modules_q')
try:
    importlib.reload(fake)
except ImportError as e:
    print(type(e).__name__, e, e.name)

print(importlib.invalidate_caches())

print(importlib.util.resolve_name('.x', 'pkg'), importlib.util.resolve_name('x', None),
      importlib.util.resolve_name('..y', 'a.b.c'), importlib.util.resolve_name('.', 'a.b'))
for args in [('..x', 'pkg'), ('.x', None), ('.x', '')]:
    try:
        importlib.util.resolve_name(*args)
    except Exception as e:
        print(args, type(e).__name__, e)

print([n for n in ('import_module', 'reload', 'invalidate_caches', 'util', 'machinery', 'abc')
       if hasattr(importlib, n)])
print(importlib.__all__)
