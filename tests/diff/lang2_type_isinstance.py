T = type('T', (), {'x': 1, 'm': lambda self: 'm'})
print(T.__name__, T.__qualname__, T.__module__, T().x, T().m(), T.__bases__)
U = type('U', (T,), {})
print(U.__mro__, isinstance(U(), T))
print(type(5), type('s') is str, type(type), type(object))
try:
    type('X', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(5, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(int, int): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Lay(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
class A: pass
class B(A): pass
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (str, (float, int))), isinstance(1, int | str), isinstance('x', int | None), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(B, (int, A)), issubclass(B, B))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 5))
except TypeError as e:
    print('tuple short-circuit', type(e).__name__)
print(issubclass(int, (int, 5)))
try:
    isinstance(1, list[int])
except TypeError as e:
    print(type(e).__name__, e)
u = int | str | None
print(u, type(u).__name__, u.__args__, (int | str) == (str | int), int | int)
print(list[int] | None)
try:
    int | 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)(), type(...)(), type(NotImplemented).__name__)
print(isinstance(True, bool), isinstance(int, type), isinstance(type, object), issubclass(type, object))
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(type(WithMeta).__name__, isinstance(WithMeta, Meta), type(WithMeta('n', (), {})).__name__ if False else '')
X = Meta('X', (), {'v': 2})
print(type(X).__name__, X.v)
print(object.__subclasses__ is not None, sorted(c.__name__ for c in A.__subclasses__()))
print(type.__name__, type.__qualname__, int.__module__, A.__module__)
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = 'Q.A'
print(repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
class Base1: pass
class Base2: pass
C = type('C', (Base1, Base2), {'__slots__': ()})
print([k.__name__ for k in C.__mro__])
print(callable(C), C.__dict__.get('__slots__'))
