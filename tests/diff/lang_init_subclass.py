# __init_subclass__ and __set_name__ and __class_getitem__.
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.plugins, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
try:
    class E(unexpected=1): pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.name)
f = Field()
class Later: pass
Later.c = f
print(hasattr(f, "name"))
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Generic[int], Generic["x"], Generic[1, 2])
print(list[int], dict[str, int], tuple[int, ...], type[list[int]].__name__ if False else "ok")
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
try:
    object[int]
except TypeError as e:
    print(e)
class Tracker:
    subclasses = []
    def __init_subclass__(cls):
        Tracker.subclasses.append(cls.__qualname__)
def make():
    class Local(Tracker): pass
    return Local
make(); make()
print(Tracker.subclasses)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("meta new", name)
        return super().__new__(m, name, bases, ns)
class WithBoth(metaclass=Meta):
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class Kid(WithBoth): pass
