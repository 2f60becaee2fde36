import sys
print("a", "b", sep="")
print("a", "b", sep=None)
print("a", "b", sep="--", end="!\n")
print("x", end="")
print()
print(1, 2.5, None, True, [1], (2,), {3: 4}, {5}, "s", b"b", sep="|")
print(end="")
print("no newline", end=None)
print("", "", sep="x")
print(*range(5), sep=", ")
print(*[], sep="x")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
print("stdout", file=None)
print("flushed", flush=True)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", 1, file=w)
print(w.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()], str(S()), repr(S()), "%s %r" % (S(), S()), f"{S()} {S()!r}", "{} {!r}".format(S(), S()))
print(ascii("héllo\n\x00\U0001F600"), ascii(["é"]), ascii(b"\xff"), repr("é"), ascii(1.5), ascii(S()))
print(chr(0), repr(chr(0x10FFFF)), ord("\U0010FFFF"), ord(chr(0xD800)), chr(0xE9), chr(True))
for bad in [-1, 0x110000, 2**64, 1.5, "a", None]:
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 5, b"", b"ab", bytearray(b"xy"), None]:
    try:
        ord(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(""), repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\t\r\n\x0b\x0c"), repr("\x7f\x80\x9f\xa0"), repr("\u2028\u200b\ufeff\U000e0001"))
print(repr(1.0), repr(-0.0), repr(1e100), repr(2**64), repr(-5), repr(True), repr(None), repr(...), repr(NotImplemented))
print(repr(int), repr(len), repr(str.join)[:30], repr(type(None)), repr(object), repr(range(1, 5, 2)), repr(slice(None)))
print(str(1.0), str(1e-7), str(123456789.123), str(0.1 + 0.2), str(1e21), str(1e20), str(-1e-300))
