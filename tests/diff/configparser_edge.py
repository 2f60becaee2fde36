import configparser as C
import io
from collections import OrderedDict

def dump(cp):
    for s in cp:
        print('  [%s]' % s, [(k, cp[s].get(k, raw=True)) for k in cp[s]])

TEXT = """[main]  ; header comment?
key = value ; inline
multi = line one
  # full-line comment inside a value
  line two
    deeper line

  after blank ; inline here
other: x  #hash
url = http://x/#frag;param
[second]
k=v
"""
for kw in [{}, {'inline_comment_prefixes': (';', '#')}, {'empty_lines_in_values': False},
           {'comment_prefixes': ('#',), 'inline_comment_prefixes': (';',)}]:
    cp = C.RawConfigParser(**kw)
    try:
        cp.read_string(TEXT)
    except C.Error as e:
        print(type(e).__name__, e)
    print(kw)
    dump(cp)
cp = C.ConfigParser()
cp.read_string("[a]\nx=1\n[b]\ny=%(x)s\n[DEFAULT]\nx=D\n")
cp2 = C.ConfigParser()
cp2.read_dict(cp)
dump(cp2)
print(cp2.get('b', 'y'), cp2.get('a', 'x'))
cp.update({'c': {'z': '3'}})
print(cp.sections(), cp.get('c', 'z'), cp.get('b', 'y', vars={'x': 'V'}))
print(cp.setdefault('d', {'w': '4'}) is cp['d'], dict(cp['d']))
print(sorted(k for k in cp.keys()), [type(v).__name__ for v in cp.values()])
print(cp.pop('d').name, cp.sections(), cp.get('nosec', fallback='?') if False else cp.get('a', 'x'))
try:
    print(cp.get('b', 'y', vars={'x': None}))
except TypeError as ex:
    print('TypeError', ex)
print(cp.items('b', vars={'x': 'VV', 'new': 'n'}))
print(cp['b'].getboolean('nope', True), cp['b'].getint('nope'), cp['b'].get('nope', 'fb'))
od = C.ConfigParser(dict_type=OrderedDict)
od.read_string("[z]\nb=1\na=2\n[y]\n")
print(type(od._sections).__name__, od.sections(), od.options('z'))
r = C.RawConfigParser()
r.add_section('s')
r.set('s', 'int', 5)
r.set('s', 'list', [1, 2])
r.set('s', 'none', None)
r.set('s', 'multi', 'a\nb\n\nc')
out = io.StringIO(); r.write(out); print(repr(out.getvalue()))
r2 = C.RawConfigParser(); r2.read_string(out.getvalue()); dump(r2)
e = C.ConfigParser(interpolation=C.ExtendedInterpolation())
e.read_string("[a]\nx = ${b:y}\nz = $${x}\n[b]\ny = ${c:w}-${q}\nq = Q\n[c]\nw = W$$\n[DEFAULT]\nd = ${a:z}\n")
print(e.items('a'), e.get('b', 'y'), e.get('c', 'd'))
out = io.StringIO(); e.write(out); print(out.getvalue())
print(e.get('a', 'x', vars={'q': 'ignored'}))
s = C.ConfigParser(strict=False)
s.read_string("[a]\nk=1\n[a]\nk=2\nK=3\n")
s.read_dict({'a': {'k': 'dict'}, 'DEFAULT': {'d': '1'}})
dump(s)
s.read_string("[a]\nk=again\n")
print(s.get('a', 'k'))
for text in ["[a]\nk=1\n", "[a]\nk=1\n[b]\n[a]\n"]:
    try:
        s2 = C.ConfigParser()
        s2.read_string("[a]\nk=0\n")
        s2.read_string(text)
        print('ok', s2.get('a', 'k'))
    except C.Error as ex:
        print(type(ex).__name__, ex)
u = C.ConfigParser()
u.read_string("[ünï]\nkëy = välue ✓\n")
print(u.sections(), u.items('ünï'))
big = "[s]\n" + "".join("k%d = %d\n" % (i, i * i) for i in range(200))
b = C.ConfigParser(); b.read_string(big)
print(len(b.options('s')), b.getint('s', 'k199'), sum(b.getint('s', k) for k in b['s']))
try:
    C.ConfigParser().read_string("[s]\n" + "a = %(a)s\n")
except C.Error as ex:
    print(ex)
x = C.ConfigParser(); x.read_string("[s]\na = %(a)s\n")
try:
    x.get('s', 'a')
except C.InterpolationDepthError as ex:
    print(type(ex).__name__, ex.args)
print(issubclass(C.MissingSectionHeaderError, C.ParsingError), issubclass(C.InterpolationSyntaxError, C.InterpolationError),
      issubclass(C.NoSectionError, C.Error), issubclass(C.Error, Exception))
