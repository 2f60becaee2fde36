b = bytearray(b"hello")
b.append(33)
b.extend(b" world")
b.extend([1, 2])
b.extend(range(3))
print(b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
print(b.pop(), b.pop(0), b.pop(-2))
b.remove(ord("l"))
print(b)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, len(c))
for args in [(256,), (-1,), ("a",), (1.5,)]:
    try:
        bytearray().append(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").remove(98)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").extend("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").extend([300])
except ValueError as e:
    print(type(e).__name__, e)
b = bytearray(range(10))
b[2:5] = b"xy"
print(b)
b[::2] = b"ABCDE"
print(b)
try:
    b[::2] = b"AB"
except ValueError as e:
    print(type(e).__name__, e)
b[1:3] = [7, 8, 9]
print(b)
b[0] = 255
try:
    b[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
del b[::3]
print(b)
del b[-1]
del b[1:3]
print(b)
b[5:] = b""
print(b)
b[len(b):] = b"end"
print(b)
b[:0] = bytearray(b"start")
print(b)
try:
    b[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[1:2] = "ab"
except TypeError as e:
    print(type(e).__name__, e)
b += b"++"
b += bytearray(b"--")
b += memoryview(b"mv")
print(b)
try:
    b += "x"
except TypeError as e:
    print(type(e).__name__, e)
b *= 2
print(b, len(b))
b = bytearray(b"abc")
a = b
b *= 0
print(a, a is b)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", b"abc" + bytearray(b"d"), type(b"abc" + bytearray(b"d")))
print(type(bytearray(b"ab") + b"c"), type(bytearray(b"ab") * 2), bytearray(b"abc")[1], bytearray(b"abc")[1:], type(bytearray(b"x")[:]))
x = bytearray(b"abc")
x[1:2] = x
print(x)
x[::-1] = x
print(x)
y = bytearray(b"12345")
y[3:1] = b"ab"
print(y)
y[-10:2] = b""
print(y)
print(bytearray(b" a ").strip(), bytearray(b"a,b").split(b","), bytearray(b"ab").upper(), bytearray(b"x").zfill(3))
print(bytearray(b"abc").decode(), bytearray(b"abc").find(b"c"), bytearray(b"aXb").replace(b"X", b"YY"))
z = bytearray(b"ab")
z.extend(z)
print(z)
b = bytearray(b"abc")
for v in [1.5, 5, "ab", 1j, None, [300], ["a"], (1, 2), {3: 4}, iter([65])]:
    try:
        b[0:1] = v
        print(b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in [1.5, "a", None, 300, -1, b"a", True]:
    try:
        b[0] = v
        print(b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
