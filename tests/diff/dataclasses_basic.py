from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         InitVar, FrozenInstanceError, KW_ONLY, make_dataclass, MISSING)

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), Point.__doc__, Point.__match_args__)
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print([(f.name, f.type, f.default is MISSING) for f in fields(Point)], Point.__hash__)
for f in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: asdict(3),
          lambda: fields(3), lambda: replace(3), lambda: astuple([1])]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2)
print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash((1, 2, ())), {v: 1}[Version(1, 2)])
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    secret: str = field(default='s', init=False)
a = Inv('a'); b = Inv('b'); a.items.append(1)
print(a, b, a.items is not b.items, Inv('x', [1], 5) == Inv('x', [1], 6), a.secret)
for bad in ['list', 'dict', 'set']:
    try:
        exec(f'@dataclass\nclass Bad:\n    x: {bad} = {bad}()\n', {'dataclass': dataclass})
    except ValueError as e:
        print('ValueError', e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = self.a * scale
w = WithPost(3); print(w, WithPost(3, 10).total, [f.name for f in fields(w)])
@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Child(Base):
    c: float = 1.5
    b: str = 'override'
print(Child(1), Child(1, 'x', 2.0), [f.name for f in fields(Child)])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print('TypeError', e)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 1
print(AllKW(x=5), AllKW.__doc__)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash((1,)), H(1) == H(1))
@dataclass(eq=False)
class NoEq:
    a: int
n = NoEq(1); print(n == NoEq(1), n == n)
@dataclass
class Nested:
    p: Point
    pts: list
print(asdict(Nested(Point(1), [Point(2, 3)])), astuple(Nested(Point(1), [Point(2, 3)])))
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'double': lambda self: self.x * 2})
print(C(1), C(2).double(), C.__name__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
print(MISSING is not None, repr(field(default=1).default))
