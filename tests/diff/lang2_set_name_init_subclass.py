class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'unset')

class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a, Model.a.name)

# __set_name__ not called on later assignment
f = Field()
Model.c = f
print(hasattr(f, 'name'))

# error in __set_name__
class BadField:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)
try:
    class X:
        q = BadField()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))

class A(Base, tag='a'): pass
class B(A): pass
class C(Base, tag='c'): pass
print(Base.registry, A.tag, B.tag, C.tag)

try:
    class D(Base, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class E(object, foo=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Implicit:
    def __init_subclass__(cls):
        print('implicit classmethod', cls.__name__)
class Sub(Implicit): pass
print(type(Implicit.__dict__['__init_subclass__']).__name__)

# order: __set_name__ before __init_subclass__
class Order:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, cls.f.name)
class O2(Order):
    f = Field()

# __class_getitem__
class Gen:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Gen[int], Gen[int, str])
print(type(Gen.__dict__['__class_getitem__']).__name__)
try:
    Gen()[0]
except TypeError as e:
    print(type(e).__name__, e)
class NoCG: pass
try:
    NoCG[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...])
print(list[int].__origin__, list[int].__args__)
print(type[int], list[list[int]])
