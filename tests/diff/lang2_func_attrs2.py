def f(a, b=2, *args, c, d=4, **kw):
    "docstring here"
    return a
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_name, f.__code__.co_posonlyargcount)
print(sorted(f.__dict__), f.__annotations__, f.__closure__)
def ann(x: int, y: 'str' = 'a') -> bool: pass
print(ann.__annotations__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
f.__defaults__ = (100,)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
f.__kwdefaults__ = {'c': 'cc'}
print(f(1))
f.attr = 'custom'
print(f.attr, f.__dict__)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class C:
    "class doc"
    def m(self): pass
    class Inner:
        def im(self): pass
    def outer(self):
        def local(): pass
        return local
print(C.__name__, C.__qualname__, C.__doc__, C.__module__)
print(C.m.__qualname__, C.Inner.__qualname__, C.Inner.im.__qualname__, C().outer().__qualname__)
print(sorted(k for k in C.__dict__), type(C.__dict__).__name__)
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)
def outerf():
    def innerf(): pass
    return innerf
print(outerf().__qualname__)
print(C.__bases__, C.__base__, C.__mro__)
print(C().m.__self__.__class__.__name__, C().m.__func__ is C.m, C().m.__name__, C().m.__qualname__)
print(type(C.m).__name__, type(C().m).__name__)
print(C.__class__, type(C()).__name__)
def dflt(x=[]):
    x.append(1)
    return x
dflt(); dflt()
print(dflt())
import sys
def counter(): pass
print(counter.__globals__ is globals(), callable(counter), hasattr(counter, '__call__'))
print(C.__doc__, C.Inner.__doc__, C.m.__doc__)
class D:
    x: int = 5
    y: str
print(D.__annotations__, D.x)
print(__name__, __doc__, __annotations__ if '__annotations__' in dir() else 'none')
z: int = 3
print(__annotations__)
def kwonly(*, a=1, b): pass
print(kwonly.__kwdefaults__, kwonly.__defaults__)
m = C().m
print(m == C().m, m == m, m.__eq__(m))
print(f.__code__.co_flags & 0x04 != 0, f.__code__.co_flags & 0x08 != 0, nodoc.__code__.co_flags & 0x0c)
def gen(): yield
print(gen.__code__.co_flags & 0x20 != 0)
print(type(f.__code__).__name__, f.__code__.co_filename.endswith('.py'), f.__code__.co_firstlineno)
