# os.path (posixpath): pure path functions, compared with CPython.
import os.path as p
cases = ['', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b/', 'a//b', '.', '..', '../a', 'a/../b', './a/./b/',
         '//a//b', '///a/b', '.bashrc', 'a/.bashrc', 'a.b.c', 'a/b.c/d', 'x..', '...', 'a/..b', '/..', '/../a', 'a/b/../../..']
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), p.basename(c), p.dirname(c), p.normpath(c), p.isabs(c))
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('a', ''), p.join(''))
print(p.commonprefix(['abc', 'abd', 'ab']), repr(p.commonprefix([])), p.commonprefix([['a','b'],['a','c']]))
print(p.commonpath(['/a/b/c', '/a/b/d']), p.commonpath(['a/b', 'a/c']), p.commonpath(['a/./b', 'a/b/']), repr(p.commonpath(['a', 'b'])), p.commonpath(['/a', '/b']))
for bad in ([], ['/a', 'b']):
    try: p.commonpath(bad)
    except ValueError as e: print('ValueError', e)
print(p.relpath('a/b/c', 'a'), p.relpath('a', 'a/b/c'), p.relpath('a'), p.relpath('x', 'y'), p.relpath('/a/b', '/a/c/d'))
try: p.relpath('')
except ValueError as e: print('ValueError', e)
print(p.abspath('a/../b') == p.join(p.abspath('.'), 'b'))
print(p.expanduser('x/~'), p.expanduser('~nobodyxyz/a') )
try: p.join('a', 3)
except TypeError as e: print('TypeError')
print(p.splitdrive('/a/b'), p.normcase('A/b'), p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, p.devnull, p.altsep)
class P:
    def __fspath__(self):
        return 'dir/file.txt'
print(p.split(P()), p.splitext(P()), p.basename(P()), p.dirname(P()), p.isabs(P()), p.normpath(P()))
for f in (p.basename, p.dirname, p.split, p.splitext, p.normpath, p.isabs):
    try:
        f(3)
    except TypeError:
        print(f.__name__, 'TypeError')
