from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import copy

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), Animal['ANT'], Animal.__name__)
Shape = Enum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(Shape.TRI, Shape(4), len(Shape))
Num = IntEnum('Num', {'ONE': 1, 'TWO': 2})
print(Num.TWO, Num.TWO + 1, sorted([Num.TWO, Num.ONE]), Num.ONE < Num.TWO, Num.ONE == 1, int(Num.TWO))
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    def is_start(self):
        return self is Weekday.MON
    @classmethod
    def first(cls):
        return next(iter(cls))
    @property
    def lower(self):
        return self.name.lower()
print([d.value for d in Weekday], Weekday.MON.is_start(), Weekday.first(), Weekday.TUE.lower, list(reversed(Weekday)))
print(Weekday.MON in Weekday, {Weekday.MON: 'm'}[Weekday.MON], Weekday.MON == Weekday.MON, Weekday.MON != Weekday.TUE, Weekday.MON == 1)
def kind(d):
    match d:
        case Weekday.MON:
            return 'start'
        case Weekday.TUE | Weekday.WED:
            return 'mid'
print(kind(Weekday.MON), kind(Weekday.WED))
class Color(StrEnum):
    RED = auto()
    GREEN = 'green'
print(Color.RED, Color.RED.upper(), Color.RED == 'red', '%s!' % Color.GREEN, f'{Color.RED}', Color('green'))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)
class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), rw & 1, rw == 3, Perm(7), bool(Perm(0)))
class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(list(Opt), Opt.AB, Opt.A | Opt.B, Opt.AB is (Opt.A | Opt.B), ~Opt.A, Opt.__members__.keys())
print(copy.copy(Opt.A) is Opt.A, copy.deepcopy(Weekday.TUE) is Weekday.TUE, Weekday.MON.__class__.__name__)
class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Status('ok'), Status(404))
try:
    Status(500)
except ValueError as e:
    print('ValueError', e)
class Coord(Enum):
    X = (1, 0)
    Y = (0, 1)
    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy
print(Coord.X.dx, Coord.Y.value, Coord((0, 1)))
try:
    Weekday.MON.value = 5
except AttributeError as e:
    print('AttributeError', e)
@unique
class Fine(Enum):
    A = 1
    B = 2
print(Fine.B, isinstance(Fine.A, Enum), issubclass(Fine, Enum), type(Fine).__name__)
