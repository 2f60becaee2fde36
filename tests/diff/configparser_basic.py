import configparser
from configparser import ConfigParser, RawConfigParser, DEFAULTSECT
import io

TEXT = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   after blank
ratio: 0.75
empty =
colon:value:with:colons
spaced   =   value with spaces   
"""
cp = ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), cp.defaults())
print(list(cp), len(cp), 'DEFAULT' in cp, 'x' in cp, cp.has_section('DEFAULT'))
for s in cp:
    print(repr(cp[s]), s, dict(cp[s]))
for s in cp.sections():
    print(s, cp.options(s), cp.items(s))
t = cp['topsecret.server.com']
print(repr(t['multi']), repr(t['empty']), t['colon'], repr(t['spaced']))
print(t.getint('port'), t.getfloat('ratio'), t.getboolean('forwardx11'), t.getboolean('compression'))
print(cp.getint('bitbucket.org', 'CompressionLevel'), cp.getboolean('bitbucket.org', 'forwardx11'))
print(cp.get('bitbucket.org', 'nope', fallback='fb'), cp.get('nosec', 'x', fallback=None))
print(cp.getint('nosec', 'x', fallback=7), cp.getfloat('bitbucket.org', 'x', fallback=1.5))
print(t.get('nope'), t.get('nope', 'dflt'), t.get('port', raw=True), t.name, t.parser is cp)
print(cp.get('bitbucket.org', 'user', vars={'User': 'override'}))
print(cp.items('bitbucket.org', vars={'extra': 'e'}))
print(cp.has_option('bitbucket.org', 'USER'), cp.has_option('bitbucket.org', 'compression'),
      cp.has_option('', 'compression'), cp.has_option(None, 'compression'),
      cp.has_option('zz', 'user'), cp.has_option('DEFAULT', 'user'))
for bad in [lambda: cp.get('nosec', 'x'), lambda: cp.get('bitbucket.org', 'nope'),
            lambda: cp.getint('topsecret.server.com', 'ratio'),
            lambda: cp.getboolean('topsecret.server.com', 'ratio'),
            lambda: cp.getfloat('bitbucket.org', 'user'), lambda: cp.options('nosec'),
            lambda: cp.items('nosec'), lambda: cp['nosec'], lambda: t['nope'],
            lambda: cp.add_section('bitbucket.org'), lambda: cp.add_section('DEFAULT'),
            lambda: cp.add_section(5), lambda: cp.set('nosec', 'a', 'b'),
            lambda: cp.set('bitbucket.org', 'a', 5), lambda: cp.set('bitbucket.org', 5, 'x'),
            lambda: cp.remove_option('nosec', 'a'), lambda: cp.getint('x', 'y', fallback=1, bogus=2)]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__, e, e.args, repr(e))
for v in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'OFF', 'maybe', '']:
    cp.set('bitbucket.org', 'b', v)
    try:
        print(v, cp.getboolean('bitbucket.org', 'b'))
    except ValueError as e:
        print(v, 'ValueError', e)
print(cp.remove_option('bitbucket.org', 'b'), cp.remove_option('bitbucket.org', 'b'))
print(cp.remove_section('bitbucket.org'), cp.remove_section('bitbucket.org'), cp.sections())
cp.add_section('new')
cp.set('new', 'Key', 'Value')
cp['new']['other'] = 'x'
try:
    cp['bad'] = {'a': 1}
except TypeError as e:
    print('TypeError', e, cp.sections())
cp['another'] = {'a': '1', 'B': '', 'c': 'multi\nline'}
del cp['topsecret.server.com']['ratio']
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())
print(DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, sorted(configparser.__all__))
try:
    del cp['DEFAULT']
except ValueError as e:
    print('ValueError', e)
try:
    del cp['missing']
except KeyError as e:
    print('KeyError', e)
print(cp.popitem()[0], cp.sections())
print(list(cp['DEFAULT']), len(cp['DEFAULT']), 'compression' in cp['new'])
