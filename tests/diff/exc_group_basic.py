# ExceptionGroup basics.
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg), eg.message, len(eg.exceptions))
print([repr(x) for x in eg.exceptions])
print(isinstance(eg, Exception), type(eg).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: "1" in str(e))))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("auto", [ValueError("x")])
print(type(beg2).__name__)
for args in [("msg", []), ("msg", None), (1, [ValueError()]), ("msg", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("raised", [OSError("o")])
except ExceptionGroup as g:
    print("caught group", g.exceptions)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), KeyError(2)])
a, b = mg.split(KeyError)
print(type(a).__name__, repr(a), repr(b))
print(eg.split(Exception)[1], eg.split(OSError)[0] is None)
