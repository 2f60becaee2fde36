from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__new__.__doc__, Point.x.__doc__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), isinstance(p, tuple))
x, y = p; print(x + y, Point.__name__, Point.__qualname__, Point.__module__, Point.__slots__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a, def, _c, a', rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple('One', 'only')
print(One(5), One.__doc__, namedtuple('E', '')(), namedtuple('M', 'a', module='mymod').__module__)
errs = [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]),
        lambda: p._replace(z=1), lambda: namedtuple('1a', 'x'), lambda: namedtuple('A', 'def'),
        lambda: namedtuple('A', '_x'), lambda: namedtuple('A', 'x x'),
        lambda: namedtuple('A', 'x', defaults=[1, 2]), lambda: setattr(p, 'x', 5)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, Vec.__mro__[1].__name__)
match p:
    case Point(a, b):
        print('matched', a, b)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point(*range(2)), Point(**{'x': 'a', 'y': 'b'}), p.__getnewargs__())
print(Point.x, One.only)
