# with statement: __enter__/__exit__, exceptions, suppression, return.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def ret():
    with CM("d"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("no body")
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except OSError as e:
    print(e, "context:", repr(e.__context__))
with CM("tuple") as (x):
    print(x)
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Pair() as (p, [q, r]):
    print(p, q, r)
class Obj:
    pass
o = Obj()
d = {}
with CM("attr") as o.attr, CM("item") as d["k"]:
    print(o.attr, d)
