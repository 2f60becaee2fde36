# super(): zero-arg and explicit forms, classmethods, properties, errors.
class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
    @property
    def prop(self):
        return "Base.prop"
    def __repr__(self):
        return "Base()"
class Mid(Base):
    def greet(self):
        return "Mid+" + super().greet()
    @classmethod
    def make(cls):
        return "Mid+" + super().make()
    @property
    def prop(self):
        return "Mid+" + super().prop
class Leaf(Mid):
    def greet(self):
        return "Leaf+" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
l = Leaf()
print(l.greet(), l.skip(), Leaf.make(), l.prop)
print(super(Leaf, l).greet(), super(Mid, Leaf).make())
s = super(Leaf, l)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
class Init:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
class InitChild(Init):
    def __init__(self, *args):
        super().__init__(*args)
        self.c = self.a + self.b
ic = InitChild(10)
print(ic.a, ic.b, ic.c)
class NoSuper:
    def m(self):
        return super().nonexistent()
try:
    NoSuper().m()
except AttributeError as e:
    print(e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = args
        return obj
w = WithNew(1, 2)
print(w.made_by_new)
class Stat:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return "static: " + str(e)
print(Stat.s())
class L(list):
    def append(self, x):
        super().append(x * 2)
ll = L()
ll.append(5); ll.append(6)
print(ll, len(ll))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
dd = D()
dd["a"] = 1
print(dd)
class Lam(Base):
    def greet(self):
        return (lambda: super(Lam, self).greet())()
print(Lam().greet())
