# object(): basic behaviour, default dunder methods.
o = object()
print(type(o).__name__, object.__name__, object.__bases__, object.__mro__)
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(o == o, o != o, o == object(), hash(o) == hash(o))
print(str(o) == repr(o), repr(o).startswith("<object object at "))
print(sorted(n for n in dir(o))[:5], "__dict__" in dir(o))
class C:
    pass
c = C()
print(c.__class__ is C, C.__base__ is object, isinstance(c, object), c.__eq__(c), c.__eq__(1))
print(c.__ne__(c), c.__lt__(c), object.__eq__(1, 1), C.__init__ is object.__init__)
print(object.__new__(C).__class__.__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class WithInit:
    def __init__(self):
        pass
try:
    WithInit(1)
except TypeError as e:
    print(e)
try:
    C(1)
except TypeError as e:
    print(e)
class NewOnly:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
print(object.__reduce_ex__ is not None, o.__sizeof__() > 0, o.__format__("") == str(o))
print(object.__subclasshook__(1) if False else NotImplemented)
print(type(object.__init_subclass__).__name__)
c.__class__ = type("D", (), {})
print(type(c).__name__)
try:
    o.__class__ = C
except TypeError as e:
    print(e)
