# functools: partial's pickle state (__reduce__/__setstate__ checks,
# copies sharing args/keywords), recursive repr, total_ordering's derived
# methods (picklable by name), lru_cache wrapping builtins.len,
# cached_property's lock, and the wrapper attributes staticmethod and
# classmethod copy from their function (singledispatch register on them).
import builtins
import copy
import functools
import pickle


def capture(*args, **kw):
    return args, kw


p = functools.partial(capture, 1, a=2)
p.attr = [3]
print(p.__reduce__()[2][1:])
c = copy.copy(p)
print(c.args is p.args, c.keywords is p.keywords, c.attr is p.attr, c())
d = copy.deepcopy(p)
print(d.args is p.args, d.keywords is p.keywords, d.attr == p.attr, d())
print(pickle.loads(pickle.dumps(p))())

f = functools.partial(capture)
f.__setstate__((capture, (1,), dict(a=10), dict(attr=[])))
print(f.args, f.keywords, f.__dict__)
f.__setstate__((capture, (1,), dict(a=10), None))
print(f.args, f.keywords, f.__dict__)
for bad in [(capture, (), {}), (capture, (), {}, {}, None), [capture, (), {}, None],
            (None, (), {}, None), (capture, None, {}, None), (capture, [], {}, None),
            (capture, (), [], None)]:
    try:
        f.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)


class MyTuple(tuple):
    pass


f.__setstate__((capture, MyTuple((1,)), {}, None))
print(type(f.args).__name__, f())

f = functools.partial(capture)
f.__setstate__((f, (), {}, {}))
print(repr(f))
f.__setstate__((capture, (f,), {}, {}))
print(repr(f).replace(repr(capture), "<capture>"))
f.__setstate__((capture, (), {"a": f}, {}))
print(repr(f).replace(repr(capture), "<capture>"))
f.__setstate__((capture, (), {}, {}))


@functools.total_ordering
class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


print(Ordered(1) > Ordered(0), Ordered(1) <= Ordered(1), Ordered(1) >= Ordered(2))
for name in ("__gt__", "__le__", "__ge__"):
    m = getattr(Ordered, name)
    print(name, m.__name__, m.__qualname__, pickle.loads(pickle.dumps(m)) is m)

old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]:
        assert len("abcdefghijklmn"[:i]) == i
finally:
    builtins.len = old_len
print(functools.lru_cache(4)(abs).cache_info())


class Item:
    @functools.cached_property
    def cost(self):
        print("computing")
        return 42


it = Item()
print(it.cost, it.cost, type(Item.__dict__["cost"].lock).__name__, functools.RLock)


def g(arg: int) -> str:
    "g's doc"


for wrapper in (staticmethod(g), classmethod(g)):
    print(type(wrapper).__name__, wrapper.__annotations__, wrapper.__module__,
          wrapper.__name__, wrapper.__doc__, sorted(wrapper.__dict__))


class A:
    @functools.singledispatchmethod
    def t(self, arg):
        return "base"

    @t.register
    @staticmethod
    def _(arg: int):
        return "int"

    @t.register
    @classmethod
    def _(cls, arg: str):
        return "str"


print(A().t(0), A().t(""), A().t(1.5))
