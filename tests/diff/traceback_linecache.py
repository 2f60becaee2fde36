# Source lines registered in linecache.cache are shown by the traceback
# module (not by the interpreter's own printer, as in CPython).
import linecache
import sys
import traceback

src = "def f(x):\n    return 1 / x\n\ndef g():\n    return f(0) + 1\n"
linecache.cache['<mysrc>'] = (len(src), None, src.splitlines(True), '<mysrc>')
ns = {}
exec(compile(src, '<mysrc>', 'exec'), ns)

try:
    ns['g']()
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
    print(''.join(traceback.format_tb(e.__traceback__)[1:]), end='')
    for fs in traceback.extract_tb(e.__traceback__)[1:]:
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    print(traceback.format_exception(e)[-1], end='')

# An entry for a file name that does not exist on disk.
src2 = "def h():\n    raise KeyError('k')\n"
fake = '/nonexistent/dir/fake_module.py'
linecache.cache[fake] = (len(src2), None, src2.splitlines(True), fake)
exec(compile(src2, fake, 'exec'), ns)
try:
    ns['h']()
except KeyError:
    print(traceback.format_exc(), end='')

# print_stack / extract_stack through linecache too.
src3 = "def s():\n    return traceback.extract_stack()\n"
linecache.cache['<stack>'] = (len(src3), None, src3.splitlines(True), '<stack>')
ns['traceback'] = traceback
exec(compile(src3, '<stack>', 'exec'), ns)
st = ns['s']()
print(st[-1].filename, st[-1].lineno, repr(st[-1].line))

# The linecache API.
print(repr(linecache.getline('<mysrc>', 2)), repr(linecache.getline('<mysrc>', 99)))
print(linecache.getlines(fake))
print(linecache.getlines('<string>'), linecache.getline('<nope>', 1) == '')
linecache.checkcache('<mysrc>')
linecache.checkcache()
print('<mysrc>' in linecache.cache, fake in linecache.cache)
this = linecache.getline(__file__, 1)
print(repr(this))
entry = linecache.cache[__file__]
print(type(entry).__name__, len(entry), entry[2][0] == this, entry[3] == __file__)
print(linecache.updatecache('<mysrc>'), '<mysrc>' in linecache.cache)


class Loader:
    def get_source(self, name):
        return 'line one\nline two'


print(linecache.lazycache('/lazy/mod.py', {'__name__': 'lazymod', '__loader__': Loader()}))
print(len(linecache.cache['/lazy/mod.py']))
print(linecache.getlines('/lazy/mod.py'), linecache.cache['/lazy/mod.py'][:2])
print(linecache.lazycache('<x>', {'__name__': 'x', '__loader__': Loader()}), linecache.lazycache('/lazy/mod.py', None))
linecache.clearcache()
print(linecache.cache)

# The uncaught exception: CPython's own printer reads files, not linecache.
linecache.cache['<mysrc>'] = (len(src), None, src.splitlines(True), '<mysrc>')
sys.stderr = sys.stdout
ns['g']()
