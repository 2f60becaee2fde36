# Metaclasses deriving from type.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return "class " + cls.__name__
class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Child(Base, flag=True):
    def extra(self):
        pass
c = Child(5)
print(c.v, Child.added_by_meta, type(Child).__name__, Child.describe())
try:
    c.describe()
except AttributeError as e:
    print(e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"preset": 1}
class UsesPrep(metaclass=Prep):
    x = 2
print(UsesPrep.preset, UsesPrep.x)
Dyn = Meta("Dyn", (), {"a": 1})
print(Dyn.a, Dyn.added_by_meta)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(e)
class MetaRepr(type):
    def __repr__(cls):
        return "<custom " + cls.__name__ + ">"
class Shown(metaclass=MetaRepr): pass
print(Shown, repr(Shown), [Shown])
print(isinstance(Shown, type), isinstance(Shown, MetaRepr), type(type) is type)
