# fnmatch: translate() text, matching, filter, bytes patterns.
import fnmatch
pats = ['*.py','a*b*c','*','**','a?b','[abc]','[!abc]','[]]','[!]]','[a-z]*x','[','[a','a]','*a*','a*b','*a','[z-a]','[a-z-]','[\\]','x[a-c-e]y','a**b','[^x]','*.[ch]','a.b','(x)','*a*b*c*', '[!]', '[!', '[-a]', '[a-]', '[--z]', '[a-c-e-g]', '[c-a-z]', '[&&]', '[~|]', '[[]', '[!-]', '[z-a-c]', '?*?', '[a-z0-9_]*.txt', '\\*', 'é*', '[é-ü]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.txt', 'abc', 'a]', '[', 'x', '', 'ab', 'aXbYc', 'a\nb', '-', '^', 'zz.txt', '.hidden', 'A.PY', 'é', 'ü', 'ñx']
for p in pats:
    print(p, [n for n in names if fnmatch.fnmatch(n, p)], fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch(b'a.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h', b'z'], b'*.[ch]'))
for bad in [(1, '*'), ('a', 1), (b'a', '*')]:
    try:
        print(fnmatch.fnmatch(*bad))
    except TypeError as e:
        print('TypeError')
