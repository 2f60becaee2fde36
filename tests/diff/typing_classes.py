import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', covariant=True)
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(Box[int], Box[int].__origin__, Box.__parameters__, b.get(), b.__orig_class__, Box(3).item, Box.__mro__)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
try: Pair[int]
except TypeError as e: print('TypeError', e)
class IntBox(Box[int]): pass
print(IntBox.__parameters__, IntBox.__mro__, IntBox(4).get())
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable))
class P2(Protocol):
    def meth(self) -> int: ...
try: isinstance(F(), P2)
except TypeError as e: print('TypeError', e)
try: P2()
except TypeError as e: print('TypeError', e)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def upper(self): return self.name.upper()
e = Emp('bob')
print(e, e.upper(), Emp._fields, Emp.__annotations__, Emp._field_defaults, isinstance(e, tuple), type(e).__mro__)
Pt = NamedTuple('Pt', [('x', int), ('y', int)])
print(Pt(1, 2), Pt.__annotations__)
class Movie(TypedDict):
    name: str
    year: int
class M2(Movie, total=False):
    extra: bool
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, M2.__optional_keys__, M2.__total__, Movie.__annotations__)
try: isinstance(m, Movie)
except TypeError as ex: print('TypeError', ex)
TD = TypedDict('TD', {'a': int})
print(TD(a=1), TD.__annotations__)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
def g(a: 'int', b: List['str'] = None) -> Optional[int]: pass
print(get_type_hints(g))
class Anno:
    x: int
    y: 'List[int]'
    z: ClassVar[str] = 'a'
print(get_type_hints(Anno))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
@final
class Fin: pass
print(Fin.__final__)
def h(x: Annotated[int, 'pos']) -> None: pass
print(get_type_hints(h), get_type_hints(h, include_extras=True))
