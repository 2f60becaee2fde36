# inspect.signature of dataclasses, namedtuples, enums, partialmethod,
# lru_cache wrappers, generic classes and C classes without signatures.
import inspect, dataclasses, typing, collections, enum, functools
@dataclasses.dataclass
class P:
    x: int
    y: str = 'a'
    z: list = dataclasses.field(default_factory=list)
print(inspect.signature(P))
NT = collections.namedtuple('NT', 'a b')
print(inspect.signature(NT))
class TN(typing.NamedTuple):
    a: int
    b: str = 'q'
print(inspect.signature(TN))
class E(enum.Enum):
    A = 1
try: print(inspect.signature(E))
except Exception as e: print(type(e).__name__, e)
class PM:
    def f(self, a, b): pass
    g = functools.partialmethod(f, 1)
print(inspect.signature(PM.g), inspect.signature(PM().g))
@functools.lru_cache
def cached(a, b=2): pass
print(inspect.signature(cached))
class CP:
    @functools.cached_property
    def v(self):
        "cp doc"
        return 1
print(inspect.getdoc(CP.__dict__['v']))
print(inspect.signature(functools.wraps(print)(lambda *a: 0), follow_wrapped=False))
class Gen(typing.Generic[typing.TypeVar('T')]):
    def __init__(self, v): pass
print(inspect.signature(Gen))

try: print(inspect.signature(int))
except Exception as e: print(type(e).__name__, e)
class D(dict):
    pass
try: print(inspect.signature(D))
except Exception as e: print(type(e).__name__, e)
