class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'gen_' + name
        raise AttributeError(f'no {name}')
g = G()
print(g.real, g.xyz)
try:
    g.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, 'nope', 'dflt'))
print(hasattr(g, 'xa'), hasattr(g, 'b'))

class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
ga = GA()
ga.y = 3
print(ga.secret, ga.y, ga.other)

class Raising:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'ga:' + name
print(Raising().p)

class SA:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
sa = SA()
sa.a = 5
print(sa.a)
del sa.a
try:
    del sa.a
except AttributeError as e:
    print(type(e).__name__, e)
setattr(sa, 'b', 1)
print(sa.__dict__)

class Log:
    def __getattribute__(self, name):
        print('get', name)
        return super().__getattribute__(name)
l = Log()
l.v = 1
print(l.v)
_ = l.__class__

class Err:
    def __getattribute__(self, n):
        raise KeyError(n)
try:
    Err().foo
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Err(), 'foo')
except KeyError as e:
    print('hasattr propagates', type(e).__name__, e)

# getattr on module-like usage of __getattr__ not called for dunder on type lookup
class Dyn:
    def __getattr__(self, n):
        return lambda: n
d = Dyn()
print(d.hello())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)

# setattr with non-string
try:
    setattr(g, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(g, 1)
except TypeError as e:
    print(type(e).__name__, e)

# object without __dict__
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'abc'.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)

class Cls: pass
Cls.new = 5
print(Cls.new, Cls().new)
del Cls.new
try:
    del Cls.new
except AttributeError as e:
    print(type(e).__name__, e)
