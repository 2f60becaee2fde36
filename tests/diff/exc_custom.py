# User-defined exception classes.
class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError, ValueError):
    pass
def lookup(key):
    if key == "missing":
        raise NotFound(key)
    if key == "bad":
        raise Invalid("bad key", key)
    return key.upper()
for k in ["ok", "missing", "bad"]:
    try:
        print(lookup(k))
    except NotFound as e:
        print("NotFound:", e, e.what, isinstance(e, AppError))
    except ValueError as e:
        print("ValueError:", e, e.args, type(e).__mro__[1].__name__)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
    def __str__(self):
        return "str of WithRepr"
try:
    raise WithRepr()
except WithRepr as e:
    print(e, repr(e), [e])
class Attrs(Exception):
    def __init__(self, **kw):
        super().__init__()
        self.__dict__.update(kw)
a = Attrs(code=5, reason="r")
print(a.code, a.reason, a.args, repr(a))
class Slotted(Exception):
    __slots__ = ("extra",)
s = Slotted("x")
s.extra = 1
print(s.extra, s.args)
class NoArgsInit(Exception):
    def __init__(self):
        pass
n = NoArgsInit()
print(n.args, repr(n), str(n))
try:
    raise NoArgsInit
except NoArgsInit as e:
    print("raised class", type(e).__name__)
class BadInit(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise BadInit
except TypeError as e:
    print(e)
print(AppError.__doc__, issubclass(Invalid, (KeyError, ValueError)))
class Ctx(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.made = True
        return obj
print(Ctx(1).made, Ctx(1).args)
