import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == (1, 0), Point.__doc__, Point.__match_args__)
print([f.name for f in fields(Point)], Point.__hash__, Point.count, asdict(p), astuple(p))
print(repr(fields(Point)[2]).replace(repr(dataclasses.MISSING), 'MISSING'))
print(Point.__init__.__qualname__, Point.__init__.__annotations__, Point.__repr__.__qualname__)
for bad in [lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v1, v2 = Version(1, 2), Version(1, 10, 'beta')
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, 'x')), v1 == Version(1, 2, 'zzz'))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    v1 < 3
except TypeError as e:
    print('TypeError', e)
print(replace(v1, minor=5), v1)


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), fields(WithPost)[-1].name, replace(w, a=5))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3), Opts.__doc__, Opts.__match_args__)
try:
    Opts(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Mixed(1, c=3), Mixed.__match_args__, Mixed.__doc__)


@dataclass
class Base:
    x: int = 1
    y: str = 'base'


@dataclass
class Child(Base):
    z: float = 2.5
    x: int = 10


print(Child(), [f.name for f in fields(Child)], Child.__doc__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(hash=False, default=None)


print(hash(Hashy(1)) == hash(Hashy(1, [1])), {Hashy(1): 'ok'}[Hashy(1)])


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError')


@dataclass
class Node:
    val: int
    nxt: 'Node' = None


n = Node(1)
n.nxt = n
print(n)
for maker in [
    lambda: dataclass(type('Bad', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1})),
    lambda: field(default=1, default_factory=list),
    lambda: dataclass(type('Mut', (), {'__annotations__': {'a': list}, 'a': []})),
    lambda: dataclass(order=True, eq=False)(type('O', (), {})),
    lambda: dataclass(type('NoAnn', (), {'f': field()})),
    lambda: dataclass(frozen=True)(type('FC', (Base,), {})),
    lambda: dataclass(unsafe_hash=True)(type('H', (), {'__hash__': lambda s: 1})),
    lambda: fields(3),
    lambda: asdict(Point),
    lambda: replace(w, b=1),
    lambda: make_dataclass('M', ['a', 'a']),
    lambda: make_dataclass('M', ['class']),
]:
    try:
        maker()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=5))], namespace={'double': lambda self: self.c * 2}, frozen=True)
m = M(1, 2)
print(m, m.double(), M.__doc__, is_dataclass(M), is_dataclass(m), is_dataclass(3))


@dataclass
class Outer:
    inner: Point
    items: list
    mapping: dict


o = Outer(Point(1, 2), [Point(3)], {'k': Point(4)})
print(asdict(o), astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)))
match Point(5, 6):
    case Point(x, y):
        print('matched', x, y)
