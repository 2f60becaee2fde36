b = bytearray(b"abcdef")
m = memoryview(b)
print(m[::2].tobytes(), m[::-1].tolist(), m[1:5:2].tobytes())
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, m.readonly)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
m2 = m.cast("H")
print(m2.format, m2.itemsize, m2.shape, m2.tolist(), len(m2))
m3 = m.cast("B", (2, 3))
print(m3.shape, m3.tolist(), m3.ndim, m3.strides)
print(m3[1, 2])
m4 = memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("i")
print(m4.tolist(), m4[1], m4[-1])
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == memoryview(bytearray(b"abc")))
print(hash(memoryview(b"abc")) == hash(b"abc"))
try:
    hash(memoryview(bytearray(b"abc")))
except ValueError as e:
    print(type(e).__name__, e)
m[::2] = b"XYZ"
print(b)
try:
    m[::2] = b"XY"
except ValueError as e:
    print(type(e).__name__, e)
m.release()
m2.release()
m3.release()
try:
    len(m)
except ValueError as e:
    print(type(e).__name__, e)
b.append(1)
m = memoryview(b)
try:
    b.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m.release()
b.append(1)
print(b)
with memoryview(b"xyz") as v:
    print(v.tobytes(), v.hex(), v.hex(":"), bytes(v), v.toreadonly().readonly)
print(repr(v).startswith('<released memory'))
m = memoryview(b"abc")
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(list(m), m[0], m[-1])
try:
    m.cast("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"\x01\x00").cast("?").tolist())
print(memoryview(b"\x00\x00\x80\x3f").cast("f").tolist(), memoryview(bytes(8)).cast("d").tolist())
mm = memoryview(bytearray(8)).cast("h")
mm[0] = -2
mm[1] = 300
print(mm.tolist(), bytes(mm.obj))
try:
    mm[2] = 70000
except ValueError as e:
    print(type(e).__name__, e)
try:
    mm[2] = 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(mm.tobytes(), mm.cast("B").tolist())
print(memoryview(b"abcd")[1:3] == b"bc", memoryview(b"a") != b"b")
print(memoryview(b"abcd").cast("H") == memoryview(b"abcd").cast("H"))
print(bytes(memoryview(b"abc")[::-1]), bytearray(memoryview(b"xyz")[1:]))
print(b"".join([memoryview(b"a"), b"b"]), b"abc" + memoryview(b"d"))
try:
    memoryview("abc")
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"abc").obj, memoryview(b"").tolist(), memoryview(b"x")[:0].tobytes())
try:
    memoryview(b"abc")[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    memoryview(b"abc")["a"]
except TypeError as e:
    print(type(e).__name__, e)
m = memoryview(bytearray(b"abcdef"))
m[1:3] = b"XY"
m[-1] = ord("Z")
print(m.obj)
try:
    del m[0]
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"abc").tolist(), memoryview(b"ab").cast("B", [1, 2]).tolist())
