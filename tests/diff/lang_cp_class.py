# Classes: bodies, methods, super(), __class__, class scopes, mangling, metaclasses.
class Base:
    "Base doc"
    count = 0

    def __init__(self, x):
        self.x = x
        Base.count += 1

    def describe(self):
        return 'Base(%r)' % self.x

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def static(a, b):
        return a + b


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self):
        return 'Child:' + super().describe() + ':' + __class__.__name__


c = Child(1, 2)
print(c.describe(), c.x, c.y, Base.count, Child.make.__qualname__)
print(Base.make(5).describe(), Base.static(1, 2), Base.__doc__, Child.__doc__)
print(Child.__qualname__, Child.describe.__qualname__, Child.__module__, Child.__name__)


def factory():
    class Local:
        def m(self):
            pass
    return Local


L = factory()
print(L.__qualname__, L.m.__qualname__)


class Outer:
    class Inner:
        def m(self):
            pass


print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)


class Mangle:
    __secret = 'hidden'

    def get(self):
        return self.__secret

    def __private(self):
        return 'private'

    def call(self):
        return self.__private()


m = Mangle()
print(m.get(), m.call(), sorted(k for k in Mangle.__dict__ if 'secret' in k or 'private' in k))


def class_sees_function_scope():
    x = 'enclosing'

    class C:
        y = x
        w = 'class local'
        z = w

        def meth(self):
            return x
    return C.y, C.z, C().meth()


print(class_sees_function_scope())


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['extra'] = kw
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta, flag=True):
    pass


print(type(WithMeta).__name__, WithMeta.extra)
bases = (Base,)


class Star(*bases):
    pass


print(Star.__mro__[1].__name__)


def decorate(cls):
    cls.decorated = True
    return cls


@decorate
class D:
    pass


print(D.decorated)


class Props:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2


p = Props()
p.v = 21
print(p.v)


class ComprehensionInClass:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    pairs = [(i, j) for i in items for j in range(2)]


print(ComprehensionInClass.doubled, len(ComprehensionInClass.pairs))


class Ann:
    a: int
    b: str = 'x'


print(Ann.__annotations__, Ann.b)


class Dunder:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Dunder(self.v + other.v)

    def __repr__(self):
        return 'Dunder(%d)' % self.v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(Dunder(1) + Dunder(2), Dunder(1) == Dunder(1), Dunder(1) < Dunder(2) < Dunder(3))


class Counter:
    total = 0

    def bump(self):
        type(self).total += 1
        return self


Counter().bump().bump()
print(Counter.total)


