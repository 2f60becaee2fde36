# ascii and repr of many types.
vals = ["plain", "é", "tab\t", "中文", "\U0001F600", "quote'", 'dq"', "both'\"", "\x00\x7f", b"\xff", 1, 1.5, None, [1, "é"], {"k": "ü"}, (1,), set(), frozenset(), range(3), 2 ** 70, -0.0, 1e100, 1j]
for v in vals:
    print(repr(v), ascii(v))
print(repr(repr), repr(len), repr(int), repr(type), repr(object()).startswith("<object object at 0x"))
print(repr(Ellipsis), repr(NotImplemented), repr(True), repr(b""), repr(bytearray(b"a")))
print(repr(range(0)), repr(range(1, 10, 2)), repr(slice(1, 2, 3)))
print(repr({}), repr([]), repr(()), repr({1: {2: [3, (4,)]}}))
print(repr(1.0), repr(0.1), repr(1e16), repr(1e-5), repr(123456789.123456789), repr(float("nan")))
print(repr("\\"), repr("\n"), repr("\r\n"), repr("\x1b[0m"), repr("\u200b"), repr("\ud800"))
print(ascii("\ud800"), ascii(b"bytes"), ascii(["x", "ÿ"]))
class C:
    def __repr__(self):
        return "Ç"
print(repr(C()), ascii(C()), ascii([C()]))
