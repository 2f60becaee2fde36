# memoryview of resized objects; bytearray resized while exported; buffer ops with evil __index__
def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, (bytes, bytearray)) and len(r) > 40:
            r = "%s(len=%d)" % (type(r).__name__, len(r))
        print(label, "->", r)
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

ba = bytearray(b"hello world")
m = memoryview(ba)
attempt("append while exported", lambda: ba.append(1))
attempt("extend while exported", lambda: ba.extend(b"xx"))
attempt("clear while exported", lambda: ba.clear())
attempt("del slice while exported", lambda: ba.__delitem__(slice(0, 3)))
attempt("setslice grow while exported", lambda: ba.__setitem__(slice(0, 1), b"abc"))
attempt("setslice same size ok", lambda: (ba.__setitem__(slice(0, 1), b"H"), bytes(m[:5]))[1])
attempt("iadd while exported", lambda: ba.__iadd__(b"!"))
attempt("imul while exported", lambda: ba.__imul__(2))
attempt("pop while exported", lambda: ba.pop())
attempt("insert while exported", lambda: ba.insert(0, 1))
attempt("remove while exported", lambda: ba.remove(ord("H")))
attempt("init while exported", lambda: ba.__init__(b"xyz"))
m.release()
attempt("append after release", lambda: (ba.append(33), bytes(ba))[1])
attempt("use released", lambda: m[0])
attempt("released tobytes", lambda: m.tobytes())
attempt("released len", lambda: len(m))
attempt("released repr", lambda: repr(m)[:20])
m2 = memoryview(ba)
m3 = m2[2:5]
attempt("release parent with child", lambda: m2.release())
m3.release()
class Idx:
    def __init__(self, ba): self.ba = ba
    def __index__(self):
        self.ba.clear()
        return 0
ba = bytearray(b"abcdef")
attempt("setitem evil index", lambda: (ba.__setitem__(Idx(ba), 65), ba)[1])
ba = bytearray(b"abcdef")
attempt("getitem evil index", lambda: ba[Idx(ba)])
ba = bytearray(b"abcdef")
class Val:
    def __index__(self):
        ba.clear()
        return 66
attempt("setitem evil value", lambda: (ba.__setitem__(3, Val()), ba)[1])
ba = bytearray(b"abcdef")
attempt("slice evil start", lambda: ba[Idx(ba):5])
ba = bytearray(b"abcdef")
attempt("memoryview slice evil", lambda: memoryview(ba)[Idx(ba)])
ba = bytearray(b"abcdef")
class Step:
    def __index__(self):
        ba.extend(b"x" * 100) if len(ba) < 50 else None
        return 2
attempt("extended slice assign growing", lambda: (ba.__setitem__(slice(0, None, Step()), b"ZZZ"), bytes(ba[:8]))[1])
ba = bytearray(b"abcdef")
def gen():
    yield 1
    ba.clear()
    yield 2
attempt("extend from generator clearing", lambda: (ba.extend(gen()), ba)[1])
ba = bytearray(b"abc")
attempt("extend self", lambda: (ba.extend(ba), ba)[1])
attempt("extend memoryview self", lambda: (ba.extend(memoryview(ba)), ba)[1])
ba = bytearray(b"abc")
attempt("setslice self", lambda: (ba.__setitem__(slice(1, 2), ba), ba)[1])
ba = bytearray(b"abcdef")
attempt("setslice memoryview self", lambda: (ba.__setitem__(slice(0, 3), memoryview(ba)[3:]), ba)[1])
attempt("join with self", lambda: (lambda b: b.join([b, b]))(bytearray(b"ab")))
ba = bytearray(b"a,b,c")
class Sep:
    def __index__(self): return 1
attempt("find evil", lambda: bytearray(b"abc").find(Idx(bytearray())))
mv = memoryview(b"abcdef")
attempt("cast odd", lambda: mv.cast("i"))
attempt("cast shape bad", lambda: mv.cast("B", (4, 2)))
attempt("cast shape ok", lambda: mv.cast("B", (2, 3)).tolist())
attempt("cast shape zero", lambda: mv.cast("B", (0, 6)))
attempt("cast shape huge", lambda: mv.cast("B", (2**62, 2**62)))
attempt("cast fmt bad", lambda: mv.cast("Q!"))
m6 = memoryview(bytearray(8)).cast("d")
attempt("set double", lambda: (m6.__setitem__(0, 1.5), m6[0])[1])
attempt("set double bad", lambda: m6.__setitem__(0, "x"))
mi = memoryview(bytearray(8)).cast("i")
attempt("set int overflow", lambda: mi.__setitem__(0, 2**40))
attempt("mv index huge", lambda: mv[2**70])
attempt("mv index tuple", lambda: mv[0, 0])
m2d = memoryview(bytearray(6)).cast("B", (2, 3))
attempt("2d index", lambda: m2d[1, 2])
attempt("2d index oob", lambda: m2d[2, 0])
attempt("2d slice", lambda: m2d[0])
attempt("2d tolist", lambda: m2d.tolist())
attempt("mv eq itself", lambda: mv == mv)
attempt("mv hash writable", lambda: hash(memoryview(bytearray(2))))
attempt("mv hash ro", lambda: hash(memoryview(b"ab")) == hash(b"ab"))
attempt("mv of mv released", lambda: (lambda m: (m.release(), memoryview(m)))(memoryview(b"x")))
attempt("mv toreadonly", lambda: memoryview(bytearray(2)).toreadonly().__setitem__(0, 1))
attempt("mv hex sep", lambda: memoryview(b"abcdef").hex(":", 2))
attempt("mv hex bad sep", lambda: memoryview(b"ab").hex("::"))
with memoryview(bytearray(b"ctx")) as cm:
    pass
attempt("ctx released", lambda: cm.tobytes())
