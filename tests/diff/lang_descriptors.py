# Descriptor protocol: data vs non-data descriptors, __get__/__set__/__delete__.
class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access via " + objtype.__name__
        print("get", self.name)
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class Host:
    attr = Verbose()
    nd = NonData()
h = Host()
print(h.attr)
h.attr = 5
print(h.attr)
del h.attr
print(h.attr)
print(Host.attr)
print(h.nd)
h.__dict__["nd"] = "instance wins"
print(h.nd)
h.__dict__["attr"] = "instance loses"
print(h.attr)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(e)
class Method:
    def f(self):
        return "f"
fn = Method.__dict__["f"]
print(fn.__get__(Method(), Method)(), fn.__get__(None, Method) is fn)
class ROnly:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        raise AttributeError("read-only descriptor")
class H2:
    r = ROnly()
try:
    H2().r = 2
except AttributeError as e:
    print(e)
class GetOnlyDel:
    def __get__(self, o, t=None):
        return "x"
    def __delete__(self, o):
        print("custom delete")
class H3:
    d = GetOnlyDel()
h3 = H3()
del h3.d
try:
    h3.d = "set in dict"
except AttributeError as e:
    print("AttributeError", e)
print(h3.d)
