# pathlib: pure paths (posix and basic windows): parsing, parts, names, joins, relative_to, match, as_uri.
from pathlib import PurePath, PurePosixPath, PureWindowsPath
import pathlib

cases = ['', '.', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b/', 'a//b', '..', '../a', 'a/../b', './a/./b/',
         '//a//b', '///a/b', '.bashrc', 'a/.bashrc', 'a.b.c', 'a/b.c/d', 'x..', '...', 'a/..b', '/..',
         'a/b.tar.gz', 'a/.tar.gz', 'a/b.', 'a/b..', 'c:/x', '~/x']
for c in cases:
    p = PurePosixPath(c)
    print(repr(c), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.parent), list(p.parents), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          p.is_absolute(), p.as_posix(), hash(p) == hash(PurePosixPath(str(p))))
for c in ['c:/a/b', 'C:\\a\\b.txt', 'c:', 'c:a', '\\\\server\\share\\x\\y', '//server/share', 'a/b', '\\a', 'C:/', 'nul', 'a/con.txt']:
    p = PureWindowsPath(c)
    print(repr(c), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.parent),
          repr(p.name), p.is_absolute(), p.as_posix(), p.is_reserved())
print(PureWindowsPath('C:/A') == PureWindowsPath('c:/a'), PurePosixPath('A') == PurePosixPath('a'))
print(PurePath('a') / 'b' / PurePath('c'), 'x' / PurePath('y'), PurePath('a').joinpath('b', '/c', 'd'))
print(PurePath('a', 'b'), PurePath(PurePath('a'), 'b'), PurePath('a') == PurePath('a/'), PurePath('a') == 'a')
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a'), PurePath('/z')]))
try:
    PurePath('a') < PureWindowsPath('b')
except TypeError as e:
    print('TypeError', e)
try:
    PurePath('a') / 3
except TypeError as e:
    print('TypeError', e)
try:
    PurePath(b'x')
except TypeError as e:
    print('TypeError', e)
p = PurePath('/a/b/c.txt')
print(p.with_name('d.py'), p.with_suffix('.md'), p.with_suffix(''), p.with_stem('zz'), PurePath('a/b.tar.gz').with_suffix('.bz2'))
for bad in [lambda: p.with_name(''), lambda: p.with_name('a/b'), lambda: p.with_name('/'), lambda: PurePath('/').with_name('x'),
            lambda: p.with_suffix('md'), lambda: p.with_suffix('.'), lambda: p.with_suffix('./x'), lambda: PurePath('').with_suffix('.x'),
            lambda: p.with_stem(''), lambda: PurePath('/a').relative_to('/b'), lambda: PurePath('a').relative_to('/a'),
            lambda: PurePath('/a').relative_to(''), lambda: PurePath('a').relative_to(), lambda: PurePath('x').match(''),
            lambda: PurePath('relative').as_uri(), lambda: PurePath('/a').parents[5], lambda: PurePath('/a').parents[-5]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(p.relative_to('/'), p.relative_to('/a'), p.relative_to('/a/b/c.txt'), PurePath('a/b').relative_to(''), p.relative_to('/a', 'b'))
print(p.is_relative_to('/a'), p.is_relative_to('/x'), PurePath('a/b').is_relative_to('a'))
for pat in ['*.txt', 'c.txt', 'b/*.txt', '/a/*/*.txt', '/*/*.txt', 'a/*/*.txt', '*', '**/*.txt', '/a/b/c.txt', 'C.TXT', '*.py']:
    print(pat, p.match(pat))
print(PurePath('/a b/c%d/é').as_uri(), PurePath('/').as_uri(), PureWindowsPath('c:/a b/c').as_uri())
ps = PurePath('/a/b/c/d').parents
print(ps, len(ps), ps[0], ps[-1], ps[1:3], ps[::-1], list(ps))
print(bytes(PurePath('a/b')), PurePath('a').__fspath__(), isinstance(PurePath('a'), __import__('os').PathLike))
print(type(PurePath('a')).__name__, type(PurePath('a').parent).__name__)
d = {PurePath('a'): 1}
print(d[PurePosixPath('a')])
