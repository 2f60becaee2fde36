from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods

class Base(ABC):
    @abstractmethod
    def m(self): pass
    @abstractmethod
    def a(self): pass
    @property
    @abstractmethod
    def p(self): pass
    def concrete(self): return 'c'
print(sorted(Base.__abstractmethods__), type(Base).__name__)
try:
    Base()
except TypeError as e:
    print('TypeError', e)
class Half(Base):
    def m(self): return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Full(Half):
    def a(self): return 2
    p = 3
f = Full()
print(f.m(), f.a(), f.p, f.concrete(), Full.__abstractmethods__, isinstance(f, Base))
class One(ABC):
    @abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print('TypeError', e)
class R(ABC): pass
tok = get_cache_token()
print(R.register(int), get_cache_token() > tok)
print(isinstance(1, R), issubclass(bool, R), issubclass(str, R), isinstance('x', R))
@R.register
class Reg: pass
print(issubclass(Reg, R), isinstance(Reg(), R), Reg.__name__)
try:
    R.register(3)
except TypeError as e:
    print('TypeError', e)
class Sub(R): pass
try:
    Sub.register(R)
except RuntimeError as e:
    print('RuntimeError', e)
class Hook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
class Later(ABC):
    @abstractmethod
    def x(self): pass
class Impl(Later):
    pass
Impl.x = lambda self: 1
update_abstractmethods(Impl)
print(Impl().x(), Impl.__abstractmethods__)
class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(CM.__abstractmethods__))
try:
    issubclass(1, R)
except TypeError as e:
    print('TypeError', e)
