# classmethod and staticmethod.
class Shape:
    registry = []
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, name):
        obj = cls(name)
        cls.registry.append(obj.name)
        return obj
    @staticmethod
    def area_of_square(side):
        return side * side
    @classmethod
    def kind(cls):
        return cls.__name__
class Circle(Shape):
    pass
s = Shape.create("s1")
c = Circle.create("c1")
print(type(s).__name__, type(c).__name__, Shape.registry)
print(Shape.area_of_square(3), s.area_of_square(4), Circle.area_of_square(5))
print(Shape.kind(), Circle.kind(), c.kind())
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["area_of_square"]).__name__)
print(Shape.__dict__["area_of_square"].__func__(6))
cm = Shape.__dict__["kind"]
print(cm.__func__(Circle), cm.__get__(None, Circle)())
bound = Circle.kind
print(bound.__self__ is Circle, bound.__name__)
def plain(x):
    return x + 1
sm = staticmethod(plain)
print(sm(1) if callable(sm) else "not callable", sm.__func__ is plain)
class Later:
    pass
Later.cm = classmethod(lambda cls, v: (cls.__name__, v))
Later.sm = staticmethod(lambda v: v * 3)
print(Later.cm(1), Later().cm(2), Later.sm(3), Later().sm(4))
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.bump(), Counter.bump(), Sub.bump(), Counter.n, Sub.n)
print(classmethod.__name__, staticmethod.__name__)
class Wrap:
    @classmethod
    @property
    def both(cls):
        return "classprop " + cls.__name__
print(Wrap.both)
