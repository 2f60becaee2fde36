import configparser as C

TEXT = """
[DEFAULT]
home = /home/%(user)s
user = bob
[paths]
lib = %(home)s/lib
deep = %(lib)s/deeper
pct = 100%%
bad = 50%
badref = %(nope)s
syntax = %(broken
loop1 = %(loop2)s
loop2 = %(loop1)s
upper = %(USER)s
"""
cp = C.ConfigParser()
cp.read_string(TEXT)
for opt in cp.options('paths'):
    try:
        print(opt, repr(cp.get('paths', opt)))
    except C.Error as e:
        print(opt, type(e).__name__, '|', e, '|', e.args)
print(cp.get('paths', 'lib', raw=True), cp.get('paths', 'lib', vars={'home': '/v'}))
try:
    print(cp.items('paths'))
except C.Error as e:
    print(type(e).__name__, e)
print(cp.items('paths', raw=True)[:3])
for v in ['ok', '100%%', '%(x)s', '%', 'a%b', '%(x)', '%%%']:
    try:
        cp.set('paths', 'new', v)
        print('set', repr(v))
    except ValueError as e:
        print('ValueError', e)
raw = C.RawConfigParser()
raw.read_string(TEXT)
print(raw.get('paths', 'bad'), raw.get('paths', 'lib'))
raw.set('paths', 'n', 5)
print(raw.get('paths', 'n'), raw.items('paths')[-1])
none = C.ConfigParser(interpolation=None)
none.read_string(TEXT)
print(none.get('paths', 'bad'), none['paths']['lib'])
EXT = """
[DEFAULT]
base = /srv
[common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
dollar = $$5
[frameworks]
Python: 3.2
path: ${common:system_dir}/Library/Frameworks/
[arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${frameworks:path}/Python/Versions/${frameworks:Python}
b: ${base}/x
missing: ${nope}
missing_sec: ${nosec:x}
missing_opt: ${common:nope}
three: ${a:b:c}
badsyntax: ${unclosed
lone: 5$
rec: ${rec}
"""
ext = C.ConfigParser(interpolation=C.ExtendedInterpolation())
ext.read_string(EXT)
for s in ext.sections():
    for o in ext.options(s):
        try:
            print(s, o, repr(ext.get(s, o)))
        except C.Error as e:
            print(s, o, type(e).__name__, '|', e)
for v in ['$$', '${x}', '$x', '${a:b}', 'a$']:
    try:
        ext.set('arthur', 'z', v)
        print('set', v)
    except ValueError as e:
        print('ValueError', e)
leg = None
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    leg = C.ConfigParser(interpolation=C.LegacyInterpolation())
    print(len(w), w[0].category.__name__ if w else None)
leg.read_string("[s]\na=%(b)s!\nb=%(c)s\nc=end\nd=%(zz)s\n")
print(leg.get('s', 'a'))
try:
    leg.get('s', 'd')
except C.Error as e:
    print(type(e).__name__, e)
try:
    C.ConfigParser(interpolation=5)
except TypeError as e:
    print('TypeError', e)
try:
    C.ConfigParser(defaults={'c': None})
except TypeError as e:
    print('TypeError', e)
d = C.ConfigParser(defaults={'a': 1, 'B': '%(a)s!', 'c': '%%'})
print(d.defaults(), d.get('DEFAULT', 'b'))
d.read_string('[x]\n')
print(d.items('x'), d['x']['b'])
r = C.RawConfigParser(defaults={'A': 1})
print(r.defaults())
