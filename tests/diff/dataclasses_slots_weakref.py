# dataclasses with slots/weakref_slot and the weak reference rules behind
# them: which instances take weak references, __weakref__ giving the first
# reference; Field's recursive repr, live metadata views, iterator slots,
# and the docstring when a metaclass replaces __call__.
import weakref
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class NoWeak:
    x: int = 0


@dataclass(slots=True, weakref_slot=True)
class Weak:
    x: int = 0


print("__weakref__" in NoWeak.__slots__, "__weakref__" in Weak.__slots__)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError", e)
try:
    NoWeak().__weakref__
except AttributeError as e:
    print("AttributeError", type(e).__name__)
w = Weak(1)
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r, r() is w)


class Plain:
    pass


class Slotted:
    __slots__ = ()


class SlottedSet(set):
    __slots__ = ()


class SubInt(int):
    pass


class SubStr(str):
    pass


for obj in (Plain(), Slotted(), SlottedSet(), SubInt(1), SubStr("s"), object(), set(),
            frozenset(), 1, 1.5, "s", (), [], {}, None, b"", bytearray(), 1j, print,
            Plain, len, lambda: 0):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError", e)

p = Plain()
print(p.__weakref__)
r1 = weakref.ref(p, lambda r: None)
r2 = weakref.ref(p)
print(p.__weakref__ is r2)


class C:
    pass


@dataclass
class D:
    C: C = field()


print(repr(D.__dataclass_fields__["C"]).count(",type=...,"))

d = {}


@dataclass
class M:
    i: int = field(metadata=d)


print(len(fields(M)[0].metadata), bool(fields(M)[0].metadata))
d["foo"] = 1
print(len(fields(M)[0].metadata), fields(M)[0].metadata["foo"])
try:
    field(metadata=0)
except TypeError as e:
    print("TypeError", e)


class Root:
    __slots__ = iter(["a"])


class Root2(Root):
    __slots__ = ("b",)


try:
    @dataclass(slots=True)
    class S(Root2):
        x: int
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    __call__ = dict


class Base(metaclass=Meta):
    pass


@dataclass
class NoSig(Base):
    pass


@dataclass
class WithSig:
    a: int
    b: str = "x"


print(repr(NoSig.__doc__), repr(WithSig.__doc__))
