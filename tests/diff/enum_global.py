# enum: global_enum and its repr/str helpers, pickle_by_*_name,
# show_flag_values, verify, and FlagBoundary/EnumCheck as StrEnums.
import enum
import pickle
import sys
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


@enum.global_enum
class Color(Enum):
    RED = 1
    GREEN = 2

print(repr(Color.RED), str(Color.GREEN), format(Color.RED), RED is Color.RED, GREEN.value)


@enum.global_enum
class Num(IntEnum):
    ONE = 1
    TWO = 2

print(repr(Num.ONE), str(Num.TWO), format(Num.ONE), ONE + TWO)


class Lvl(IntEnum):
    LOW = 1
Lvl = enum.global_enum(Lvl, update_str=True)
print(repr(Lvl.LOW), str(Lvl.LOW))


@enum.global_enum
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

print(repr(Perm.R), repr(Perm.R | Perm.W), repr(Perm(0)), repr(Perm(8)), repr(Perm.R | 8), str(Perm.R | Perm.X), str(Perm.W))


@enum.global_enum
class Opt(Flag):
    A = 1
    B = 2

print(repr(Opt(0)), str(Opt.A), str(Opt(0)))
try:
    repr(Opt.A)
except TypeError as e:
    print('TypeError', e)

print(enum.global_enum_repr(Color.RED), enum.global_str(Color.RED), enum.global_flag_repr(Perm.R | Perm.W))


class Shape(Enum):
    __reduce_ex__ = enum.pickle_by_enum_name
    SQUARE = 1
    CIRCLE = 2

print(Shape.SQUARE.__reduce_ex__(2), pickle.loads(pickle.dumps(Shape.CIRCLE)) is Shape.CIRCLE)
print(enum.pickle_by_global_name(Color.RED, 2), enum.pickle_by_enum_name(Color.GREEN, 4))

print(enum.show_flag_values(0), enum.show_flag_values(13), enum.show_flag_values(Perm.R | Perm.X), enum.show_flag_values(2 ** 70 + 1))
try:
    enum.show_flag_values(-3)
except ValueError as e:
    print('ValueError', e)
print(enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(5, 8), enum.bin(-5, 8))

# FlagBoundary and EnumCheck are StrEnums.
for cls in (enum.FlagBoundary, enum.EnumCheck):
    print(cls.__mro__, list(cls))
    for m in cls:
        print(repr(m), str(m), format(m), isinstance(m, str), m == m.value, m.name)
print(enum.STRICT is enum.FlagBoundary.STRICT, enum.KEEP == 'keep', enum.UNIQUE is enum.EnumCheck.UNIQUE)
print(enum.EnumCheck('one name per value'), enum.FlagBoundary('eject'))
print(Flag._boundary_ is enum.STRICT, IntFlag._boundary_ is enum.KEEP)

# verify
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        B = 4
except ValueError as e:
    print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class FGap(Flag):
        A = 1
        B = 8
except ValueError as e:
    print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class Named(Flag):
        A = 1
        B = 2
        ABX = 7
except ValueError as e:
    print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class Named2(Flag):
        A = 1
        X = 10
        Y = 20
except ValueError as e:
    print('ValueError', e)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print('TypeError', e)


@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)
class Good(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3

print(list(Good), type(verify(UNIQUE)).__name__)
print([n for n in enum.__all__ if n.startswith(('global', 'pickle'))])
print([n for n in ('show_flag_values', 'bin', 'global_str') if n in dir(enum)])
