# shutil: copies, trees, rmtree, move, which, get_terminal_size, in a fresh temporary directory.
import os
import shutil
import stat
import tempfile

top = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(top)


def tree(d):
    out = []
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            if os.path.islink(p):
                out.append((p, '->', os.readlink(p)))
            else:
                with open(p) as fh:
                    out.append((p, fh.read()))
        for x in dirs:
            out.append((os.path.join(root, x) + '/',))
    return out


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
        return None
    print('ok', r)
    return r


try:
    os.makedirs('src/sub/deep')
    for name, text in [('src/a.txt', 'A'), ('src/b.py', 'B'), ('src/sub/c.txt', 'C'), ('src/sub/deep/d.pyc', 'D')]:
        with open(name, 'w') as f:
            f.write(text)
    os.symlink('a.txt', 'src/link')
    os.chmod('src/b.py', 0o751)
    show(shutil.copyfile, 'src/a.txt', 'copy1.txt')
    show(shutil.copyfile, 'src/a.txt', 'src/a.txt')
    show(shutil.copyfile, 'nope', 'x')
    show(shutil.copyfile, 'src', 'x')
    show(shutil.copy, 'src/b.py', 'copy2.py')
    print(oct(os.stat('copy2.py').st_mode & 0o777))
    os.mkdir('dst')
    show(shutil.copy, 'src/b.py', 'dst')
    show(shutil.copy2, 'src/a.txt', 'dst')
    print(os.stat('dst/a.txt').st_mtime_ns == os.stat('src/a.txt').st_mtime_ns)
    shutil.copymode('src/b.py', 'copy1.txt')
    print(oct(os.stat('copy1.txt').st_mode & 0o777))
    os.utime('src/a.txt', (1000000000, 1500000000))
    shutil.copystat('src/a.txt', 'copy1.txt')
    print(os.stat('copy1.txt').st_mtime, os.stat('copy1.txt').st_atime)
    show(shutil.copyfile, 'src/link', 'linkcopy', follow_symlinks=False)
    print(os.path.islink('linkcopy'), os.readlink('linkcopy'))
    show(shutil.copytree, 'src', 'tree1')
    print(tree('tree1'))
    show(shutil.copytree, 'src', 'tree2', symlinks=True, ignore=shutil.ignore_patterns('*.pyc', 'c*'))
    print(tree('tree2'))
    show(shutil.copytree, 'src', 'tree2')
    show(shutil.copytree, 'src', 'tree2', dirs_exist_ok=True)
    print(tree('tree2'))
    show(shutil.move, 'copy1.txt', 'moved.txt')
    show(shutil.move, 'moved.txt', 'dst')
    show(shutil.move, 'tree1', 'dst')
    show(shutil.move, 'copy2.py', 'dst')
    with open('copy2.py', 'w') as f:
        f.write('again')
    show(shutil.move, 'copy2.py', 'dst')
    show(shutil.move, 'dst', 'dst/tree1')
    print(sorted(os.listdir('dst')))
    show(shutil.rmtree, 'dst/tree1')
    show(shutil.rmtree, 'nope')
    shutil.rmtree('nope', ignore_errors=True)
    errs = []
    shutil.rmtree('nope', onerror=lambda f, p, e: errs.append((f.__name__, p, e[0].__name__)))
    print(errs)
    show(shutil.rmtree, 'src/link')
    show(shutil.rmtree, 'src/a.txt')
    print(sorted(os.listdir('.')))
    with open('src/a.txt') as a, open('fo.txt', 'w') as b:
        shutil.copyfileobj(a, b, 1)
    print(open('fo.txt').read())
    os.makedirs('bin')
    with open('bin/mytool', 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod('bin/mytool', 0o755)
    with open('bin/noexec', 'w') as f:
        f.write('')
    print(shutil.which('mytool', path='bin'), shutil.which('noexec', path='bin'), shutil.which('nope', path='bin'))
    print(shutil.which('bin/mytool'), shutil.which('mytool', path=''), shutil.which('sh') is not None)
    u = shutil.disk_usage('.')
    print(type(u).__name__, u.total >= u.used >= 0, u.free >= 0, len(u))
    os.environ.pop('COLUMNS', None)
    os.environ.pop('LINES', None)
    print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 50)))
    os.environ['COLUMNS'] = '132'
    print(shutil.get_terminal_size())
    os.environ['LINES'] = '40'
    print(shutil.get_terminal_size())
    os.environ['COLUMNS'] = 'x'
    print(shutil.get_terminal_size(), issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
finally:
    os.chdir(home)
    shutil.rmtree(top)
print(os.path.exists(top))
