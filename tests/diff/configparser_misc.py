import configparser as C
import io

cp = C.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
cp.read_string("[s]\nitems = a, b ,c\nnum = 42\nyes = on\n")
print(cp.getlist('s', 'items'), cp['s'].getlist('items'), cp['s'].getlist('nope', ['d']))
print(sorted(cp.converters), cp.converters['int'], len(cp.converters))
cp.converters['upper'] = str.upper
print(cp.getupper('s', 'items'), cp['s'].getupper('num'))
del cp.converters['upper']
print(hasattr(cp, 'getupper'), hasattr(cp['s'], 'getupper'), sorted(cp.converters))
for bad in [lambda: cp.converters.__setitem__('', int), lambda: cp.converters.__setitem__(5, int),
            lambda: cp.converters.__delitem__(None), lambda: cp.converters.__delitem__('zz'),
            lambda: cp.converters['zz']]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Case(C.ConfigParser):
    def optionxform(self, s):
        return s
c2 = Case()
c2.read_string("[S]\nKey = 1\nkey = 2\n")
print(c2.items('S'), c2.has_option('S', 'KEY'))
c3 = C.ConfigParser()
c3.optionxform = str
c3.read_dict({'Sec': {'CamelCase': 'x', 'n': 5, 7: 8}, 9: {}})
print(c3.sections(), c3.items('Sec'), c3['Sec']['CamelCase'])
try:
    c3.read_dict({'a': {'x': 1, 'X': 2}})
    print('no dup', c3.items('a'))
except C.DuplicateOptionError as e:
    print(e)
c4 = C.ConfigParser()
try:
    c4.read_dict({'a': {'x': 1, 'X': 2}}, source='src')
except C.DuplicateOptionError as e:
    print(e, e.args)
c4.read_dict({'DEFAULT': {'d': 'v'}})
print(c4.defaults(), c4.sections())
an = C.ConfigParser(allow_no_value=True)
an.read_string("[s]\nflag\nk = v\n")
an['s']['other'] = None
an.set('s', 'x')
out = io.StringIO()
an.write(out)
print(repr(out.getvalue()), an.get('s', 'flag'), an.items('s'))
nd = C.ConfigParser()
for v in [None, 5]:
    try:
        nd['DEFAULT']['k'] = v
    except TypeError as e:
        print('TypeError', e)
cp['s'] = cp['s']
print(cp.items('s'))
cp['DEFAULT'] = {'z': '1'}
print(cp.defaults())
cp['t'] = {'a': 'b'}
cp['t'] = {'c': 'd'}
print(dict(cp['t']), list(cp.keys()), [k for k, v in cp.items()])
sec = cp['t']
del sec['c']
try:
    del sec['c']
except KeyError as e:
    print('KeyError', e)
try:
    del sec['z']
except KeyError as e:
    print('KeyError', e)
print(len(sec), list(sec), 'z' in sec, sec.get('z'))
dm = C.ConfigParser(delimiters=(':',))
dm.read_string("[s]\na = b: c\n")
dm.set('s', 'x', 'y')
out = io.StringIO(); dm.write(out); print(repr(out.getvalue()))
ds = C.ConfigParser(default_section='common')
ds.read_string("[common]\nx=1\n[a]\n")
print(ds.sections(), ds.get('a', 'x'), list(ds), ds.has_option('common', 'x'))
try:
    ds.add_section('common')
except ValueError as e:
    print(e)
print(C.ConfigParser().read([]), C.ConfigParser().read('/nonexistent/file.ini'))
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, 'a.ini')
    with open(fn, 'w') as f:
        f.write('[file]\nx = 1\n')
    p = C.ConfigParser()
    got = p.read([fn, os.path.join(d, 'missing.ini'), fn], encoding='utf-8')
    print(len(got), p.items('file'))
    with open(fn) as f:
        q = C.ConfigParser(); q.read_file(f)
        print(q.sections())
