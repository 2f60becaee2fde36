# __setattr__ and __delattr__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}: frozen")
fr = Frozen(1)
print(fr.x)
for action in [lambda: setattr(fr, "x", 2), lambda: delattr(fr, "x")]:
    try:
        action()
    except AttributeError as e:
        print(e)
try:
    fr.y = 5
except AttributeError as e:
    print(e)
class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.b = [2]
r.a += 10
del r.b
print(r.log, r.a, vars(r).keys() - {"log"})
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        self.__dict__[name] = value
v = Validated()
v.n = 3
try:
    v.s = "x"
except TypeError as e:
    print(e)
print(v.__dict__)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    setattr(1, "real", 5)
except AttributeError as e:
    print(e)
try:
    del (1).real
except AttributeError as e:
    print(e)
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
try:
    setattr(v, 1, 2)
except TypeError as e:
    print(e)
class C:
    pass
C.class_attr = "added"
print(C().class_attr)
del C.class_attr
print(hasattr(C, "class_attr"))
try:
    del C.class_attr
except AttributeError as e:
    print(e)
