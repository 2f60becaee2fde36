import typing
from typing import (TypeVar, Generic, Protocol, Union, Optional, List, Dict, Literal, Annotated, NewType,
                    TypedDict, Required, NotRequired, get_type_hints, get_origin, get_args, ParamSpec,
                    Concatenate, Callable, overload, get_overloads, assert_never, Final, ClassVar,
                    NamedTuple, Any, Tuple, Type, Iterable, runtime_checkable, SupportsInt, SupportsAbs,
                    TypeGuard, Never, Sequence, Mapping, DefaultDict, Deque, Counter, cast, no_type_check)


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


T = TypeVar('T')
S = TypeVar('S', bound=str)
show('bound', lambda: (S.__bound__, S.__name__, S.__module__, T.__covariant__))
show('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
show('single constraint', lambda: TypeVar('X', int))
show('constraints+bound', lambda: TypeVar('X', int, str, bound=int))
show('T | int', lambda: T | int)
show('int | T', lambda: int | T)
show('Literal eq', lambda: (Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2]))
show('Literal nested', lambda: Literal[Literal[1, 2], 3])
show('Union order', lambda: (Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int])))
show('Union pipe', lambda: (Union[int, str] == (int | str), Optional[int] | None, List[int] | None))
show('Union nested opt', lambda: Union[Optional[int], str])
show('Annotated nest', lambda: Annotated[Annotated[int, 'a'], 'b'])
show('Annotated args', lambda: (get_args(Annotated[List[int], 'x', 3]), Annotated[int, 'a'] == Annotated[int, 'a']))
show('Annotated bad', lambda: Annotated[int])
show('ClassVar bad', lambda: List[ClassVar[int]])
show('Final', lambda: (Final[int], get_origin(Final[int]), get_args(ClassVar[List[int]])))
show('origins', lambda: [get_origin(x) for x in (List, Dict[str, int], Union[int, str], Literal[1], Callable[[int], str], int, Tuple[int], Generic)])
show('args', lambda: [get_args(x) for x in (List, Union[int, None], Tuple[int, ...], Callable[..., int], Dict[str, List[int]], list[int], dict[str, int])])
UserId = NewType('UserId', int)
show('newtype', lambda: (UserId, UserId(3), UserId.__supertype__, UserId.__name__, UserId | None))


def sub_newtype():
    class Bad(UserId):
        pass


show('newtype subclass', sub_newtype)
P = ParamSpec('P')
show('paramspec', lambda: (P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], str]))


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    rating: NotRequired[float]


show('typeddict keys', lambda: (sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__))
show('typeddict call', lambda: Movie(title='x', year=1))
show('typeddict hints', lambda: get_type_hints(Movie))
show('typeddict extras', lambda: get_type_hints(Movie, include_extras=True))
show('typeddict bad base', lambda: type('X', (Movie, int), {}))
show('is_typeddict', lambda: (typing.is_typeddict(Movie), typing.is_typeddict(dict)))


class Pt(NamedTuple):
    x: int
    y: int = 0


show('namedtuple', lambda: (Pt(1), Pt._fields, Pt.__annotations__, Pt._field_defaults))


def bad_nt():
    class B(NamedTuple):
        x: int = 0
        y: int


show('namedtuple order', bad_nt)


def bad_nt2():
    class B(NamedTuple):
        x: int

        def _asdict(self):
            return {}


show('namedtuple overwrite', bad_nt2)


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x


show('overloads', lambda: len(get_overloads(conv)))
show('assert_never', lambda: assert_never('x' * 5))


class Node(Generic[T]):
    children: 'List[Node[T]]'
    value: T
    label: ClassVar[str] = 'n'


show('hints generic', lambda: get_type_hints(Node))
show('Node[int]', lambda: (Node[int], Node[int].__args__, Node[int] == Node[int], Node[T][int] if False else 0))
show('Node[int, str]', lambda: Node[int, str])
show('plain Generic', lambda: type('G', (Generic,), {}))


class Two(Generic[T, S]):
    pass


show('Two[int]', lambda: Two[int])
show('Two sub', lambda: Two[int, str].__origin__)


def missing_var():
    class M(Generic[T], List[S]):
        pass


show('missing var', missing_var)


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...


class Sized2:
    def __len__(self):
        return 2


show('protocol', lambda: (isinstance([], HasLen), isinstance(3, HasLen), issubclass(Sized2, HasLen), isinstance(3, SupportsInt), isinstance('x', SupportsInt)))
show('protocol attr', lambda: issubclass(int, type('DataP', (Protocol,), {'x': 1, '__annotations__': {'x': int}})))


class GP(Protocol[T]):
    def get(self) -> T: ...


show('generic protocol', lambda: (GP[int], GP.__parameters__))
show('protocol bad base', lambda: type('Q', (Protocol, int), {}))
show('runtime_checkable bad', lambda: runtime_checkable(int))


def f(a: 'Optional[int]', b: 'List[str]' = None, *, c: Annotated[int, 'meta'] = 1) -> 'Dict[str, Any]':
    pass


show('hints func', lambda: get_type_hints(f))
show('hints func extras', lambda: get_type_hints(f, include_extras=True))
show('hints bad', lambda: get_type_hints(3))
show('forwardref', lambda: (typing.ForwardRef('int'), typing.ForwardRef('x') == typing.ForwardRef('x'), List['int']))
show('forwardref bad', lambda: typing.ForwardRef('1 +'))
show('subscript twice', lambda: List[int][str])
show('Generic empty', lambda: Generic[()])
show('Generic dup', lambda: Generic[T, T])
show('Tuple', lambda: (Tuple, Tuple[int], Tuple[int, str][()] if False else 1, Type[int], Type))
show('misc aliases', lambda: (DefaultDict[str, int], Deque[int], Counter[str], Sequence[int], Mapping, typing.Pattern if False else 0))
show('callable bad', lambda: Callable[[1], int])
show('cast', lambda: cast('List[int]', 5))
show('TypeGuard', lambda: (TypeGuard[int], Never, typing.NoReturn))
show('Any subclass', lambda: type('Mock', (Any,), {})().__class__.__mro__[1])
show('no_type_check', lambda: no_type_check(f).__no_type_check__)
show('Iterable check', lambda: (isinstance([], Iterable), issubclass(dict, Iterable), isinstance(3, Iterable)))
show('List[int] attr', lambda: (List[int].__origin__, List.__name__ if hasattr(List, '__name__') else None))
