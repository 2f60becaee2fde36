# match: sequence/mapping patterns with collections.abc subclasses and registered classes.
from collections import deque
from collections.abc import Sequence, Mapping
class S(Sequence):
    def __getitem__(self, i): return [7, 8][i]
    def __len__(self): return 2
class M(Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
for v in (deque([1, 2]), S(), M(), "ab", b"ab", bytearray(b"ab"), range(2)):
    match v:
        case [a, b]:
            print("seq", a, b)
        case {"a": x}:
            print("map", x)
        case _:
            print("other", type(v).__name__)
class R:
    def __getitem__(self, i): return i
    def __len__(self): return 2
Sequence.register(R)
match R():
    case [a, b]: print("registered seq", a, b)
    case _: print("no")
class RM:
    pass
Mapping.register(RM)
match RM():
    case {}: print("registered map")
    case _: print("no map")
