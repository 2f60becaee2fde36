# os.path: bytes paths, argument type errors, relpath/commonprefix/expandvars on bytes.
import os.path as p
for args in [('a', 3), (3,), (3, 'a'), ('a', b'b'), (b'a', 'b'), (b'a', b'b', b'/c'), ('a', None)]:
    try:
        print(p.join(*args))
    except TypeError as e:
        print('TypeError', e)
for f in (p.basename, p.dirname, p.split, p.splitext, p.normpath, p.isabs, p.abspath, p.expanduser, p.realpath, p.exists, p.islink):
    try:
        print(f(None))
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
print(p.relpath(b'a/b', b'a'), p.commonprefix([b'ab', b'ac']), p.expandvars('$HOME_NOPE/x ${NOPE2}y'), p.expanduser(b'x'))
