# bytearrays resized while a C loop holds their buffer: join/extend of
# itself, __index__ that resizes, memoryview exports (BufferError).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

ba = bytearray(b"abc")
attempt("extend itself", lambda: (ba.extend(ba), ba)[1])
ba = bytearray(b"xy")
attempt("join with itself", lambda: ba.join([ba, ba, ba]))
ba = bytearray(b"-")
class Grow:
    def __iter__(self):
        for i in range(3):
            ba.extend(b"!" * 100)
            yield b"q"
attempt("join while growing sep", lambda: ba.join(Grow())[:10])
ba2 = bytearray(b"0123456789")
class Idx:
    def __index__(self):
        ba2.clear()
        return 5
attempt("getitem index clears", lambda: ba2[Idx()])
ba2[:] = b"0123456789"
attempt("setitem index clears", lambda: ba2.__setitem__(Idx(), 65))
ba2[:] = b"0123456789"
attempt("slice index clears", lambda: ba2[Idx():Idx()])
ba2[:] = b"0123456789"
attempt("slice assign index clears", lambda: (ba2.__setitem__(slice(Idx(), None), b"zz"), ba2)[1])
ba2[:] = b"0123456789"
attempt("insert index clears", lambda: (ba2.insert(Idx(), 66), ba2)[1])
ba2[:] = b"0123456789"
attempt("pop index clears", lambda: ba2.pop(Idx()))
ba2[:] = b"0123456789"
class Val:
    def __index__(self):
        ba2.extend(b"x" * 1000)
        return 65
attempt("append value grows", lambda: (ba2.append(Val()), len(ba2))[1])
def extend_gen():
    b = bytearray(b"ab")
    def g():
        for i in range(3):
            b.extend(b"cd")
            yield 65
    b.extend(g())
    return b
attempt("extend from gen mutating", extend_gen)
m = bytearray(b"hello")
mv = memoryview(m)
attempt("resize exported", lambda: m.extend(b"x"))
attempt("clear exported", lambda: m.clear())
attempt("del slice exported", lambda: m.__delitem__(slice(0, 2)))
attempt("pop exported", lambda: m.pop())
attempt("setitem same size ok", lambda: (m.__setitem__(slice(0, 2), b"HE"), bytes(m))[1])
attempt("iadd exported", lambda: m.__iadd__(b"x"))
attempt("imul exported", lambda: m.__imul__(2))
mv.release()
attempt("resize after release", lambda: (m.extend(b"!"), bytes(m))[1])
attempt("released view", lambda: mv[0])
attempt("released tobytes", lambda: mv.tobytes())
with memoryview(m) as v2:
    attempt("inside with", lambda: m.append(1))
attempt("after with", lambda: (m.append(33), bytes(m))[1])
sl = memoryview(m)[1:3]
attempt("slice view blocks", lambda: m.append(1))
del sl
cmv = memoryview(bytearray(b"abcdef")).cast("B")
attempt("cast view", lambda: cmv.tolist())
attempt("cast bad", lambda: memoryview(b"abc").cast("I"))
attempt("mv setitem readonly", lambda: memoryview(b"abc").__setitem__(0, 1))
attempt("mv setitem wrong size", lambda: memoryview(bytearray(b"abc")).__setitem__(slice(0, 2), b"xyz"))
