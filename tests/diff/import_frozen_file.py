# __file__, __spec__, __cached__ and __path__ of standard-library modules
# (frozen into Pyclave's binary under a virtual path), and the tools that
# read them: os.path, inspect, linecache, traceback.
import os
import sys
import inspect
import linecache
import traceback
import json
import json.decoder
import collections
import collections.abc
import textwrap
import string

mods = [json, json.decoder, collections, collections.abc, textwrap, string, os, inspect]
for m in mods:
    f = m.__file__
    spec = m.__spec__
    print(m.__name__, type(f).__name__, os.path.isabs(f), f.endswith('.py'),
          os.path.basename(f), os.path.basename(os.path.dirname(f)) if '.' in m.__name__ or hasattr(m, '__path__') else '-')
    print('  spec', type(spec).__name__, type(spec).__module__, spec.name == m.__name__,
          spec.parent, spec.origin in (f, 'frozen'), spec.has_location == (spec.origin == f),
          spec.cached == getattr(m, '__cached__', None), spec.submodule_search_locations == getattr(m, '__path__', None))

# packages: __path__ is the directory of __init__.py
for p in (json, collections):
    print(p.__name__, p.__path__ == [os.path.dirname(p.__file__)], p.__package__, p.__spec__.parent)
print(json.decoder.__package__, collections.abc.__package__, textwrap.__package__ == '')
print(os.path.dirname(json.decoder.__file__) == json.__path__[0])
print(os.path.join(os.path.dirname(json.__file__), 'decoder.py') == json.decoder.__file__)

# inspect and linecache find the source through __file__ / co_filename
print(inspect.getfile(json) == json.__file__, inspect.getsourcefile(json.loads) == json.__file__)
print(inspect.getfile(json.JSONDecoder) == json.decoder.__file__)
print(json.loads.__code__.co_filename == json.__file__, inspect.getmodule(json.loads.__code__) is json)
src = inspect.getsource(json.loads)
print(src.startswith('def loads('), src.splitlines()[0].endswith(':') or src.splitlines()[0].endswith(','))
print(inspect.getsource(textwrap.dedent).splitlines()[0])
print(inspect.getsourcelines(textwrap.dedent)[1] > 0)
lines = linecache.getlines(json.__file__)
print(len(lines) > 10, all(l.endswith('\n') for l in lines))
print(linecache.getline(textwrap.__file__, inspect.getsourcelines(textwrap.dedent)[1]).startswith('def dedent('))

# the file is either readable (CPython) and agrees with linecache, or names
# nothing on disk (Pyclave): open() raises FileNotFoundError naming it
try:
    with open(json.__file__, encoding='utf-8') as fh:
        first = fh.readline()
    print('open:', first == linecache.getline(json.__file__, 1))
except FileNotFoundError as e:
    print('open:', e.errno == 2 and e.filename == json.__file__ and str(e).startswith('[Errno 2] No such file or directory:'))

# tracebacks through library frames name the module's file and show source
try:
    json.loads('{"a": ')
except ValueError as e:
    frames = traceback.extract_tb(e.__traceback__)
    lib = [fr for fr in frames if fr.filename != __file__]
    print(type(e).__name__, frames[0].filename == __file__, len(lib) > 0)
    print(lib[0].filename == json.__file__, lib[0].name, bool(lib[0].line))
    print(all(fr.filename in (json.__file__, json.decoder.__file__) for fr in lib), all(fr.line for fr in lib))
    text = ''.join(traceback.format_exception(e))
    print(('File "%s", line' % json.__file__) in text)

def where():
    return traceback.extract_stack()
st = textwrap.indent('x', '', predicate=lambda line: bool(where()))
print(st)

# a warning attributed to a library frame names its file
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('here', UserWarning, stacklevel=1)
print(w[0].filename == __file__)

# the module repr still names the module
print(repr(json).startswith("<module 'json' "), repr(json.decoder).startswith("<module 'json.decoder' "))
print(sys.modules['json'] is json, json.__loader__ is not None or json.__spec__.loader is None)
