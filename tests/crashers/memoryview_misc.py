# memoryview over resizable and released buffers, casts with odd shapes,
# slicing/indexing with evil __index__ (bpo-28931, bpo-26257 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

ba = bytearray(b"abcdefgh")
m = memoryview(ba)
class Idx:
    def __index__(self):
        m.release()
        return 1
attempt("index releases view", lambda: m[Idx()])
m = memoryview(ba)
attempt("slice index releases", lambda: type(m[Idx():]).__name__)
m = memoryview(ba)
attempt("setitem index releases", lambda: m.__setitem__(Idx(), 65))
attempt("released len", lambda: len(m))
attempt("released repr", lambda: repr(m).startswith("<released memory"))
attempt("released release again", lambda: m.release())
attempt("resize after all released", lambda: (ba.append(33), len(ba))[1])
m2 = memoryview(ba)
attempt("resize with view", lambda: ba.extend(b"zz"))
attempt("view tolist", lambda: m2.tolist()[:3])
attempt("cast to 2D", lambda: m2.cast("B", (3, 3)).tolist())
attempt("cast bad shape", lambda: m2.cast("B", (2, 2)))
attempt("cast zero dim", lambda: m2.cast("B", (0,)))
attempt("cast negative shape", lambda: m2.cast("B", (-1, -9)))
attempt("cast huge shape", lambda: m2.cast("B", (2 ** 62, 2 ** 62)))
attempt("cast bad format", lambda: m2.cast("Z"))
attempt("index huge", lambda: m2[2 ** 70])
attempt("index -huge", lambda: m2[-2 ** 70])
attempt("index tuple", lambda: m2[0, 0])
attempt("step slice", lambda: bytes(m2[::3]))
attempt("negative step slice", lambda: bytes(m2[::-2]))
attempt("assign slice wrong len", lambda: m2.__setitem__(slice(0, 2), b"xyz"))
attempt("assign int out of range", lambda: m2.__setitem__(0, 256))
attempt("hash of writable", lambda: hash(m2))
attempt("hash of readonly", lambda: hash(memoryview(b"ab")) == hash(b"ab"))
attempt("compare", lambda: m2 == ba)
attempt("nbytes", lambda: m2.nbytes)
attempt("toreadonly then write", lambda: m2.toreadonly().__setitem__(0, 1))
attempt("memoryview of str", lambda: memoryview("abc"))
attempt("memoryview of int", lambda: memoryview(5))
m2.release()
with memoryview(b"xyz") as mm:
    pass
attempt("use after with", lambda: mm[0])
attempt("bytes(released)", lambda: bytes(mm))
attempt("tobytes huge order", lambda: memoryview(b"ab").tobytes("X"))
attempt("hex sep", lambda: memoryview(b"abcd").hex(":", 2))
