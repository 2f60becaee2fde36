# A class's __annotations__ exists even when its body annotates nothing
# (created empty on first access, not inherited), and can be replaced and
# deleted; built-in types have none.  BaseException.__setstate__.
class C:
    pass


class D(C):
    x: int


class E(D):
    pass


print(C.__annotations__, D.__annotations__, E.__annotations__)
print("__annotations__" in C.__dict__, C.__dict__["__annotations__"] is C.__annotations__)
C.__annotations__ = {"y": str}
print(C.__annotations__)
del C.__annotations__
print("__annotations__" in C.__dict__, C.__annotations__)
del C.__annotations__
try:
    del C.__annotations__
except AttributeError as e:
    print("AttributeError", e)
for action in ("get", "set", "del"):
    try:
        if action == "get":
            int.__annotations__
        elif action == "set":
            int.__annotations__ = {}
        else:
            del int.__annotations__
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__, e)


class M(type):
    pass


class WithMeta(metaclass=M):
    z: float


print(WithMeta.__annotations__, M("Dyn", (), {}).__annotations__)
ns = {}
exec("class K:\n    a: int = 1\n", ns)
print(ns["K"].__annotations__, ns["K"]().__class__.__annotations__)

e = Exception("msg")
print(e.__setstate__(None), e.__setstate__({"a": 1, "b": [2]}), e.a, e.b, e.args)
for bad in (5, {1: 2}):
    try:
        e.__setstate__(bad)
    except TypeError as err:
        print("TypeError", err)


class Name(str):
    def __hash__(self):
        return hash(str(self))


d = {}
d[Name("first")] = 1
e2 = ValueError()
e2.__setstate__(d)
print(e2.first, e2.__reduce__())
