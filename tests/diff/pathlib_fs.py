# pathlib: Path file-system operations in a fresh temporary directory.
import os
import tempfile
from pathlib import Path, PosixPath

top = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(top)
try:
    p = Path('d')
    print(repr(p), type(p).__name__, p.exists(), p.is_dir(), p.is_file(), p.is_symlink())
    p.mkdir()
    print(p.exists(), p.is_dir(), p.is_file())
    try:
        p.mkdir()
    except FileExistsError as e:
        print('FileExistsError', e)
    p.mkdir(exist_ok=True)
    try:
        Path('x/y/z').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    Path('x/y/z').mkdir(parents=True)
    Path('x/y/z').mkdir(parents=True, exist_ok=True)
    f = p / 'f.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes(), f.stat().st_size, f.is_file())
    print((p / 'b.bin').write_bytes(b'\x00\x01\x02'), (p / 'b.bin').read_bytes())
    print((p / 'b.bin').write_bytes(bytearray(b'xy')), (p / 'b.bin').read_bytes())
    try:
        f.write_text(b'x')
    except TypeError as e:
        print('TypeError', e)
    with f.open() as fh:
        print(fh.readline().rstrip())
    with f.open('a') as fh:
        fh.write('more\n')
    print(f.read_text().splitlines())
    (p / 'g.py').touch()
    (p / 'g.py').touch()
    try:
        (p / 'g.py').touch(exist_ok=False)
    except FileExistsError as e:
        print('FileExistsError', e)
    print(sorted(p.iterdir()), sorted(x.name for x in Path('.').iterdir()))
    (p / 'sub').mkdir()
    (p / 'sub' / 'h.py').write_text('')
    (p / '.hidden.py').write_text('')
    print(sorted(p.glob('*.py')), sorted(p.glob('*')), sorted(p.glob('**/*.py')), sorted(p.rglob('*.py')))
    print(sorted(Path('.').glob('**')), sorted(Path('.').glob('*/')), sorted(p.glob('sub/h.py')), sorted(p.glob('nope/*')))
    print(sorted(Path('.').glob('*/*/')), sorted(Path('.').rglob('z')), sorted(p.glob('?.*')), sorted(p.glob('[fg].*')))
    for bad in ['', '/x', 'a**']:
        try:
            list(p.glob(bad))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
    link = Path('lnk')
    link.symlink_to('d/f.txt')
    print(link.is_symlink(), link.is_file(), link.exists(), link.readlink(), link.resolve() == (Path.cwd() / 'd/f.txt'),
          link.samefile('d/f.txt'), link.samefile(f), link.lstat().st_mode & 0o170000 == 0o120000)
    dangling = Path('dang')
    dangling.symlink_to('nowhere')
    print(dangling.exists(), dangling.is_symlink(), dangling.is_file())
    print(Path('d/../d/./f.txt').resolve().relative_to(Path.cwd().resolve()), Path('nope/x').resolve().name)
    try:
        Path('nope').resolve(strict=True)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print(Path('a/b').absolute() == Path.cwd() / 'a/b', Path('/x').absolute(), Path.cwd().is_absolute())
    print(Path('~/x').expanduser() == Path.home() / 'x', Path('x/~').expanduser(), Path.home().is_absolute())
    r = (p / 'g.py').rename('d/g2.py')
    print(repr(r), r.exists(), (p / 'g.py').exists())
    r2 = r.replace(p / 'f.txt')
    print(repr(r2), r.exists(), r2.read_text() == '')
    try:
        Path('nofile').unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    Path('nofile').unlink(missing_ok=True)
    try:
        p.rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        Path('nofile').stat()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    try:
        Path('nofile').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    Path('x/y/z').rmdir()
    print(Path('x/y/z').exists(), Path('x/y').exists())
    f.chmod(0o600)
    print(oct(f.stat().st_mode & 0o777))
    f.chmod(0o644)
    print(oct(f.stat().st_mode & 0o777), Path('.').is_mount(), Path('/').is_mount())
    try:
        pathlib_win = __import__('pathlib').WindowsPath('x')
    except NotImplementedError as e:
        print('NotImplementedError', e)
finally:
    os.chdir(home)
    import shutil
    shutil.rmtree(top)
print(os.path.exists(top))
