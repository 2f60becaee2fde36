# glob: wildcards, hidden files, recursive '**', root_dir, escape, bytes, in a fresh temporary directory.
import glob
import os
import tempfile

top = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(top)
try:
    for d in ['a', 'a/b', 'a/b/c', 'x', '.hid', 'a/.h2', 'sp[1]']:
        os.mkdir(d)
    for f in ['f.py', 'g.txt', 'a/h.py', 'a/b/i.py', 'a/b/c/j.txt', '.dot.py', 'a/.k.py', '.hid/m.py',
              'a/.h2/n.py', 'sp[1]/q.py', 'x/?.txt', 'x/*.txt']:
        with open(f, 'w') as fh:
            fh.write(f)
    os.symlink('a', 'lnk')
    pats = ['*', '*.py', '.*', '*/*.py', '*/*/*.py', '**', '**/*.py', 'a/**', 'a/**/', '**/', 'a/**/*.py',
            '?.py', '[fg].*', '[!f]*', 'a', 'a/', 'nope', 'nope/*', 'f.py', 'f.py/', 'sp[1]/*', 'sp[[]1]/*',
            'x/*', 'x/[?].txt', 'x/[*].txt', '', 'a/*/', '*/b', 'lnk/*.py', '**/b', '.hid/*']
    for pat in pats:
        print(repr(pat), sorted(glob.glob(pat)), sorted(glob.glob(pat, recursive=True)))
    for pat in ['*', '**/*.py', '*/.*']:
        print(repr(pat), sorted(glob.glob(pat, include_hidden=True, recursive=True)))
    print(sorted(glob.glob('*.py', root_dir='a')), sorted(glob.glob('**', root_dir='a', recursive=True)))
    print(sorted(glob.iglob('*.txt')), type(glob.iglob('*')).__name__ in ('generator', 'list_iterator', 'tuple_iterator', 'chain'))
    print(sorted(glob.glob(b'*.py')), sorted(glob.glob(b'a/**/*.py', recursive=True)))
    print(glob.escape('a*b?c[d]'), glob.escape(b'x[*]'), glob.escape('plain'))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
    print(sorted(glob.glob(glob.escape('sp[1]') + '/*')))
finally:
    os.chdir(home)
    import shutil
    shutil.rmtree(top)
