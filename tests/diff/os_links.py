# os: lstat, symlinks, scandir, walk, chmod, utime, bytes paths, os.path
# link functions and the stat module, in a fresh temporary directory.
import os
import stat
import tempfile

top = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(top)


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except OSError as e:
        print(type(e).__name__, e, '|', e.errno, repr(e.filename), repr(e.filename2))
        return None
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
        return None
    print('ok', r)
    return r


try:
    os.makedirs('d/e/f')
    with open('d/file.txt', 'w') as f:
        f.write('0123456789')
    os.symlink('file.txt', 'd/link')
    os.symlink('e', 'd/dirlink')
    os.symlink('missing', 'd/dangling')
    st = os.stat('d/link')
    lst = os.lstat('d/link')
    print(stat.S_ISREG(st.st_mode), stat.S_ISLNK(lst.st_mode), st.st_size, lst.st_size,
          os.stat('d/link', follow_symlinks=False) == lst, type(st).__name__, len(st))
    print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st[stat.ST_SIZE], st.st_nlink,
          st.st_ino == os.stat('d/file.txt').st_ino, stat.filemode(lst.st_mode)[0], stat.filemode(os.stat('d').st_mode)[0])
    show(os.readlink, 'd/link')
    show(os.readlink, 'd/file.txt')
    show(os.readlink, 'd/nope')
    show(os.readlink, b'd/link')
    show(os.symlink, 'x', 'd/link')
    show(os.lstat, 'nope')
    print(os.path.islink('d/link'), os.path.islink('d/file.txt'), os.path.islink('nope'))
    print(os.path.exists('d/dangling'), os.path.lexists('d/dangling'), os.path.lexists('nope'))
    print(os.path.isdir('d/dirlink'), os.path.isfile('d/link'), os.path.getsize('d/link'))
    print(os.path.samefile('d/link', 'd/file.txt'), os.path.samefile('d', 'd/e/..'))
    print(os.path.relpath(os.path.realpath('d/link')), os.path.relpath(os.path.realpath('d/dirlink/f')),
          os.path.relpath(os.path.realpath('d/dangling')), os.path.realpath('/') , os.path.relpath(os.path.realpath('d/e/../nope/x')))
    os.symlink('loop1', 'loop2')
    os.symlink('loop2', 'loop1')
    print(os.path.relpath(os.path.realpath('loop1')))
    show(os.path.realpath, 'loop1', strict=True)
    show(os.path.realpath, 'nope', strict=True)
    print(type(os.path.realpath(b'd')).__name__)
    with os.scandir('d') as it:
        ents = sorted(it, key=lambda e: e.name)
    for e in ents:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
              e.is_file(follow_symlinks=False), e.inode() == os.lstat(e.path).st_ino,
              e.stat(follow_symlinks=False).st_mode == os.lstat(e.path).st_mode, os.fspath(e))
    print(sorted(e.name for e in os.scandir()), sorted(e.path for e in os.scandir(b'd')))
    show(os.scandir, 'nope')
    for top_, dirs, files in sorted(os.walk('d')):
        print(top_, sorted(dirs), sorted(files))
    for top_, dirs, files in sorted(os.walk('d', followlinks=True)):
        print(top_, sorted(dirs), sorted(files))
    print([t for t, _, _ in os.walk('d', topdown=False)][-1])
    print(sorted(os.listdir(b'd')), type(os.listdir(b'.')[0]).__name__, sorted(os.listdir('d')))
    os.chmod('d/file.txt', 0o640)
    print(oct(stat.S_IMODE(os.stat('d/file.txt').st_mode)), stat.filemode(os.stat('d/file.txt').st_mode))
    os.chmod('d/file.txt', stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR)
    print(stat.filemode(os.stat('d/file.txt').st_mode))
    show(os.chmod, 'nope', 0o600)
    os.utime('d/file.txt', (1000, 2000))
    s = os.stat('d/file.txt')
    print(s.st_atime, s.st_mtime, s.st_atime_ns, s[stat.ST_MTIME])
    os.utime('d/file.txt', ns=(5000000001, 6000000002))
    s = os.stat('d/file.txt')
    print(s.st_atime_ns, s.st_mtime_ns, s.st_mtime)
    os.utime('d/file.txt')
    print(os.stat('d/file.txt').st_mtime > 6)
    show(os.utime, 'd/file.txt', (1, 2), ns=(1, 2))
    show(os.utime, 'nope', None)
    os.makedirs('m/n/o')
    os.removedirs('m/n/o')
    print(os.path.exists('m'))
    show(os.makedirs, 'd/e')
    show(os.makedirs, 'd/e', exist_ok=True)
    show(os.makedirs, 'd/file.txt/x', exist_ok=True)
    show(os.rmdir, 'd')
    show(os.rmdir, 'nope')
    with open('r1', 'w') as f:
        f.write('one')
    with open('r2', 'w') as f:
        f.write('two')
    os.replace('r1', 'r2')
    print(open('r2').read(), os.path.exists('r1'))
    os.rename(b'r2', b'r3')
    print(os.path.exists('r3'))
    print(os.path.getsize(b'r3'), os.path.exists(b'r3'), os.path.isfile(b'r3'), os.path.join(b'a', b'b'),
          os.path.split(b'/x/y'), os.path.basename(b'a/b.c'), os.path.splitext(b'a/b.c'), os.path.normpath(b'a//b/../c'),
          os.path.dirname(b'/a/b'), os.path.isabs(b'/a'), os.path.abspath(b'x') == os.getcwdb() + b'/x')
    show(os.path.join, 'a', b'b')
    show(os.path.join, b'a', 'b')
    print(os.fsencode('x'), os.fsdecode(b'y'), os.fsencode(b'z'), os.fsdecode('w'))
    print(os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.curdir, os.pardir)
    fd = os.open('fdfile', os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    print(os.write(fd, b'abc'), os.close(fd))
    show(os.open, 'fdfile', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    fd = os.open('fdfile', os.O_RDONLY)
    print(os.read(fd, 2), os.read(fd, 10), os.read(fd, 10))
    os.close(fd)
    print(oct(os.stat('fdfile').st_mode & 0o777), os.isatty(fd))
    print(stat.S_ISDIR(0o040755), stat.S_ISREG(0o100644), stat.S_ISLNK(0o120777), stat.S_ISFIFO(0o010644),
          stat.S_ISCHR(0o020666), stat.S_ISBLK(0o060660), stat.S_ISSOCK(0o140777), stat.S_IMODE(0o104755),
          stat.S_IFMT(0o104755), stat.filemode(0o104755), stat.filemode(0o041777), stat.filemode(0o102644))
    print(os.path.getmtime('fdfile') == os.stat('fdfile').st_mtime, os.path.getatime('fdfile') > 0, os.path.getctime('fdfile') > 0)
    print(os.path.ismount('/'), os.path.ismount('d'))
    os.chdir('d')
    print(sorted(os.listdir()))
    os.chdir('..')
    show(os.chdir, 'nope')
finally:
    os.chdir(home)
    import shutil
    shutil.rmtree(top)
print(os.path.exists(top))
