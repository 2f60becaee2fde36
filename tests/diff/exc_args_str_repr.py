# args, str() and repr() of exceptions.
cases = [
    ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(1),
    KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1),
    IndexError("idx"), TypeError(None), Exception(""), Exception([1, 2]),
    StopIteration(5), SystemExit(3), SystemExit(), SystemExit("bye"),
    OSError(2, "No such file"), OSError("plain"), OSError(13, "Denied", "f.txt"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    AttributeError("attr"), NameError("nm"), RuntimeError("r", 1, None),
]
for e in cases:
    print(type(e).__name__, e.args, "|", str(e), "|", repr(e))
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(2, "x")).__name__)
s = StopIteration("v")
print(s.value, StopIteration().value)
print(SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
x = ValueError("orig")
x.args = ("changed", 2)
print(x, repr(x))
x.args = []
print(repr(x), x.args)
class MyErr(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
m = MyErr(404, "not found")
print(m, repr(m), m.args, m.code)
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit("x")))
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(KeyError("with 'quotes'")), str(KeyError("")))
se = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), str(se))
ie = ImportError("no mod", name="m", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
print(str(BaseException("a")), repr(BaseException()))
