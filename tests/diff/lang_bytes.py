# bytes and bytearray operations.
b = b"Hello, World"
print(b[0], b[-1], b[:5], b[::-1], len(b), b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"He"), b.hex(), bytes.fromhex("48 69"), b.decode("ascii"))
print(bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"), bytes(range(65, 70)), b"ab" + b"cd", b"-" * 5, b"%d-%s" % (5, b"x"))
print(list(b"abc"), b"a" in b"cat", 97 in b"cat", b"abc" < b"abd", b"".join([b"x", b"y"]), b" x ".strip())
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
del ba[1:3]
ba.insert(0, 122)
print(ba, ba.find(b"d"), ba.reverse(), ba)
for bad in [lambda: bytes([256]), lambda: bytes("s"), lambda: b"a" + "b", lambda: ba.append(300), lambda: b"x"[5],
            lambda: bytes([-1]), lambda: bytearray(b"a").pop(3), lambda: b"\xff".decode("utf-8"), lambda: bytes.fromhex("zz")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
print(b"abc" == bytearray(b"abc"), hash(b"x") == hash(b"x"), bytes(bytearray(b"q")), repr(bytearray()))
print(b"a\x00b".split(b"\x00"), b"%x" % 255, b"AbC".swapcase(), b"abc".center(7, b"*"), b"1,2".partition(b","))
print(b"tab\there".expandtabs(4), b"  ".isspace(), b"ab12".isalnum(), b"12".isdigit(), b"Title Case".istitle())
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"), b"abc".translate(None, b"b"))
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), mv.tobytes(), len(mv), mv.readonly)
