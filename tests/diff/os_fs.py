# os: directories and files in a scratch directory, errors like CPython.
import os

D = '_os_test_scratch_fs'


def cleanup(top):
    if not os.path.isdir(top):
        return
    for name in os.listdir(top):
        p = os.path.join(top, name)
        if os.path.isdir(p):
            cleanup(p)
        else:
            os.remove(p)
    os.rmdir(top)


def show(f, *args):
    try:
        r = f(*args)
    except OSError as e:
        print(type(e).__name__, e, '|', e.errno, e.strerror, e.filename, e.filename2)
        return None
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
        return None
    print('ok', r if r is not None else '')
    return r


cleanup(D)
try:
    os.mkdir(D)
    j = os.path.join
    os.makedirs(j(D, 'a', 'b', 'c'))
    os.makedirs(j(D, 'a', 'b', 'c'), exist_ok=True)
    os.makedirs(j(D, 'a', 'x') + '/', exist_ok=True)
    with open(j(D, 'a', 'f.txt'), 'w') as f:
        f.write('hello world')
    with open(j(D, 'empty'), 'w') as f:
        pass
    print(sorted(os.listdir(D)), sorted(os.listdir(j(D, 'a'))))
    print(sorted(os.listdir(j(D, 'a', 'b', 'c'))))
    st = os.stat(j(D, 'a', 'f.txt'))
    print(st.st_size, oct(st.st_mode), st[0] == st.st_mode, st[6], len(st))
    print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
    print(st.st_mtime_ns // 1000000000 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
    print(st.st_ino > 0, st.st_nlink, isinstance(st, tuple))
    print(oct(os.stat(D).st_mode & 0o170000), os.stat(j(D, 'empty')).st_size)
    print(os.path.getsize(j(D, 'a', 'f.txt')), os.path.isfile(j(D, 'a', 'f.txt')),
          os.path.isdir(j(D, 'a', 'f.txt')), os.path.isdir(j(D, 'a')), os.path.isfile(j(D, 'a')))
    print(os.path.exists(j(D, 'a')), os.path.exists(j(D, 'nope')), os.path.isfile('nope'), os.path.isdir('nope'))
    print(os.path.exists('a\0b'), os.path.getmtime(j(D, 'empty')) > 0)

    # errors
    show(os.stat, 'nope')
    show(os.stat, j(D, 'nope', 'x'))
    show(os.stat, j(D, 'empty', 'x'))
    show(os.mkdir, D)
    show(os.mkdir, j(D, 'nope', 'x'))
    show(os.makedirs, j(D, 'a'))
    show(os.makedirs, j(D, 'empty'), 0o777, True)
    show(os.rmdir, j(D, 'a'))
    show(os.rmdir, j(D, 'empty'))
    show(os.rmdir, 'nope')
    show(os.remove, j(D, 'a'))
    show(os.unlink, 'nope')
    show(os.rename, 'nope', 'nope2')
    show(os.replace, 'nope', j(D, 'z'))
    show(os.listdir, 'nope')
    show(os.listdir, j(D, 'empty'))
    show(os.getsize if hasattr(os, 'getsize') else os.path.getsize, 'nope')
    show(os.stat, 3.5)
    show(os.listdir, 3.5)
    show(os.mkdir, None)
    show(os.rmdir, [])
    show(os.remove, 1.0)
    show(os.rename, 1.5, 'x')
    show(os.rename, 'x', 2.5)
    show(os.stat, 'a\0b')

    # rename / replace / remove
    os.rename(j(D, 'a', 'f.txt'), j(D, 'g.txt'))
    os.replace(j(D, 'g.txt'), j(D, 'empty'))
    with open(j(D, 'empty')) as f:
        print(f.read())
    os.rename(j(D, 'a', 'x'), j(D, 'y'))
    print(sorted(os.listdir(D)))
    os.remove(j(D, 'empty'))
    os.rmdir(j(D, 'y'))
    os.removedirs(j(D, 'a', 'b', 'c'))
    print(os.path.exists(D))
finally:
    cleanup(D)
print(os.path.exists(D))
