# Class basics: attributes, methods, class vs instance, __dict__, __name__.
class Animal:
    """An animal."""
    kind = "generic"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def rename(self, new):
        old, self.name = self.name, new
        return old
a = Animal("rex", "woof")
b = Animal("tom")
print(a.speak(), b.speak(), Animal.count)
print(a.kind, Animal.kind, a.__class__.__name__, Animal.__name__, Animal.__qualname__)
print(Animal.__doc__, Animal.__module__)
a.kind = "dog"
print(a.kind, b.kind, Animal.kind)
print(sorted(a.__dict__), sorted(k for k in Animal.__dict__ if not k.startswith("__")))
print(a.rename("max"), a.name)
m = a.speak
print(m(), m.__self__ is a, m.__func__ is Animal.speak, m.__name__)
print(Animal.speak(b))
print(type(a) is Animal, isinstance(a, Animal), isinstance(a, object))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__bases__, Empty.__mro__)
print(Empty.__name__, type(Empty).__name__, type(type).__name__)
class WithClassAttrList:
    items = []
    def add(self, x):
        self.items.append(x)
w1, w2 = WithClassAttrList(), WithClassAttrList()
w1.add(1); w2.add(2)
print(WithClassAttrList.items)
try:
    a.nonexistent
except AttributeError as e:
    print(e)
try:
    Animal.nonexistent
except AttributeError as e:
    print(e)
try:
    Animal()
except TypeError as e:
    print(e)
class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__
print(Outer.Inner().where(), Outer.Inner.__name__)
def method_outside(self):
    return "bound " + self.name
Animal.extra = method_outside
print(a.extra())
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self):
        self.n += 1
        return self
print(Counter().incr().incr().incr().n)
print(callable(Animal), callable(a), hasattr(a, "speak"))
print(repr(Animal) .startswith("<class '__main__.Animal'"), str(Empty))
