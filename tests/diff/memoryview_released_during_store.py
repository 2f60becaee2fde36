# memoryview writes whose key or value conversion releases the view raise ValueError (gh-92888).
size = 128
def release():
    m.release()
    global ba
    ba = bytearray(size)
class MyIndex:
    def __index__(self):
        release(); return 4
class MyFloat:
    def __float__(self):
        release(); return 4.25
class MyBool:
    def __bool__(self):
        release(); return True
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
cases = [
 ("B", None, lambda m: m[MyIndex()]),
 ("B", None, lambda m: list(m[:MyIndex()])),
 ("B", None, lambda m: list(m[MyIndex():8])),
 ("B", (64, 2), lambda m: m[MyIndex(), 0]),
 ("B", (2, 64), lambda m: m[0, MyIndex()]),
 ("B", None, lambda m: m.__setitem__(MyIndex(), 42)),
 ("B", None, lambda m: m.__setitem__(slice(None, MyIndex()), b'spam')),
 ("B", None, lambda m: m.__setitem__(slice(MyIndex(), 8), b'spam')),
 ("B", (64, 2), lambda m: m.__setitem__((MyIndex(), 0), 42)),
 ("B", (2, 64), lambda m: m.__setitem__((0, MyIndex()), 42)),
 ("B", None, lambda m: m.__setitem__(0, MyIndex())),
 ("f", None, lambda m: m.__setitem__(0, MyFloat())),
 ("?", None, lambda m: m.__setitem__(0, MyBool())),
]
for fmt, shape, f in cases:
    ba = None
    m = memoryview(bytearray(b'\xff' * size))
    if fmt != 'B' or shape:
        m = m.cast(fmt, shape) if shape else m.cast(fmt)
    t(lambda: f(m))
    print(ba[:16] if ba is not None else None)
