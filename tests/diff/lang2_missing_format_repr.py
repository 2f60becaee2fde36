class DD(dict):
    def __missing__(self, k):
        print('missing', k)
        return k * 2
d = DD(a=1)
print(d['a'], d['bb'], d.get('zz'), 'bb' in d, d)
try:
    print(d.pop('q'))
except KeyError as e:
    print(type(e).__name__, e)
class DR(dict):
    def __missing__(self, k): raise LookupError('custom ' + k)
try:
    DR()['x']
except LookupError as e:
    print(type(e).__name__, e)
class NotDict:
    def __missing__(self, k): return 1
try:
    NotDict()['x']
except TypeError as e:
    print(type(e).__name__, e)
import collections
dd = collections.defaultdict(list)
dd['x'].append(1)
print(dict(dd))

class F:
    def __format__(self, spec):
        return f'F<{spec}>'
print(format(F()), format(F(), 'abc'), f'{F():x>10}', '{:hi}'.format(F()))
class FBad:
    def __format__(self, spec): return 5
try:
    format(FBad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(format(object(), '') == str(object()) if False else 'skip')
class Plain:
    def __str__(self): return 'plainstr'
print(format(Plain()), f'{Plain()}', f'{Plain():}')
try:
    f'{Plain():>10}'
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(3, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)

class OnlyRepr:
    def __repr__(self): return 'OnlyRepr!'
class OnlyStr:
    def __str__(self): return 'OnlyStr!'
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), repr(OnlyStr()).startswith('<__main__.OnlyStr object at'))
print([OnlyRepr()], (OnlyStr(),) != 1, {'k': OnlyRepr()}, f'{OnlyRepr()!r}', '%s %r' % (OnlyRepr(), OnlyRepr()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class SubStrRet:
    def __str__(self):
        class S(str): pass
        return S('sub')
print(str(SubStrRet()), type(str(SubStrRet())).__name__)
print(ascii(OnlyRepr()), ascii('é'), repr('é'))
class RecRepr:
    def __init__(self): self.l = [self]
    def __repr__(self): return 'R' + repr(self.l)
l = []
l.append(l)
print(l, RecRepr())
d = {}
d['self'] = d
print(d)
print(repr(int), repr(len), repr(None), repr(...), str(type(None)))
class M: 
    def meth(self): pass
print(repr(M).endswith("M'>"), repr(M.meth).startswith('<function M.meth at'))
print(object.__repr__(OnlyRepr()).startswith('<__main__.OnlyRepr object'))
print(object.__str__(OnlyRepr()))
