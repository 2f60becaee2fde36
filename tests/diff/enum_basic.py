from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Perm(Flag):
    R = 4
    W = 2
    X = 1
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
class N(IntEnum):
    ONE = 1
    TWO = 2
class S(StrEnum):
    A = auto()
    B = 'bee'
class A(Enum):
    X = auto()
    Y = auto()
for e in ["Color.RED", "str(Color.RED)", "Color", "Perm", "Color(1)", "Color['RED']", "Color.CRIMSON", "list(Color)", "Color.__members__", "len(Color)", "Perm.R|Perm.W", "str(Perm.R|Perm.W)", "Perm.W|Perm.R", "Perm(0)", "str(Perm(0))", "~Perm.R", "list(Perm.R|Perm.X)", "Perm.R in (Perm.R|Perm.W)", "bool(Perm(0))", "Perm(8)", "IP(8)", "IP.R|IP.W", "str(IP.R|IP.W)", "IP.R|8", "IP.R + 1", "~IP.R", "N.ONE", "str(N.ONE)", "format(N.ONE)", "f'{N.TWO}'", "N.ONE + 1", "N(2)", "N.ONE == 1", "S.A", "str(S.A)", "S.B", "S('bee')", "A.X", "A.Y.value", "Color(5)", "Color['X']", "Color.RED.name", "Color.RED.value", "hash(Color.RED) == hash('RED')", "format(Color.RED)", "f'{Color.RED:>10}'", "Color.RED is Color(1)", "type(Color.RED)", "isinstance(Color.RED, Color)", "Color.RED < Color.BLUE", "Perm.R & Perm.W", "Perm.R ^ Perm.R", "Perm(7)", "~Perm(7)", "list(Perm)", "Perm.R.value", "(Perm.R|Perm.W).name", "Perm(0).name", "IP(0)", "N.__members__", "Color.__name__", "repr(type(Color))", "dir(Color.RED)", "Color.RED.__class__.__mro__", "Flag.__mro__", "IntFlag.__mro__", "N.__mro__", "S.__mro__"]:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, 'EXC', type(ex).__name__, ex)
for code in ["Color.RED = 5", "class X(Color): pass", "Color.RED.value = 3", "del Color.RED"]:
    try: exec(code)
    except Exception as ex: print(code, 'EXC', type(ex).__name__, ex)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as ex: print('ValueError', ex)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as ex: print('TypeError', ex)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
    @property
    def big(self): return self.mass > 1
print(Planet.EARTH, Planet.EARTH.mass, Planet.EARTH.value, Planet.EARTH.big)
