import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return 'hi ' + self.name
o = Obj('a')
r = weakref.ref(o)
print(r() is o, r().name, r == weakref.ref(o), hash(r) == hash(o), weakref.getweakrefcount(o) >= 1, isinstance(r, weakref.ReferenceType))
r2 = weakref.ref(o, lambda ref: print('callback'))
print(r2() is o, r2.__callback__ is not None)
for bad in [1, 'str', None, (1,), [1], {}]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError', e)
p = weakref.proxy(o)
print(p.name, p.hello())
p.name = 'b'; print(o.name)
m = weakref.WeakMethod(o.hello)
print(m()())
wv = weakref.WeakValueDictionary()
yobj = Obj('y')
wv['x'] = o; wv['y'] = yobj
print(sorted(wv.keys()), wv['x'].name, 'x' in wv, len(wv), wv.get('z'), sorted(k for k in wv))
del wv['y']; print(len(wv), wv.pop('x').name, len(wv))
wk = weakref.WeakKeyDictionary()
k1 = Obj('k1'); wk[k1] = 1
print(wk[k1], k1 in wk, len(wk), list(wk.values()), 5 in wk)
ws = weakref.WeakSet([o, k1])
print(len(ws), o in ws, sorted(x.name for x in ws))
ws.discard(o); print(len(ws), o in ws)
calls = []
f = weakref.finalize(o, calls.append, 'finalized')
print(f.alive, f.atexit, f.peek()[0] is o)
print(f(), calls, f.alive, f(), calls)
g = weakref.finalize(k1, print, 'never')
print(g.detach()[0] is k1, g.alive)
