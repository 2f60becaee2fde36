# chr and ord with errors.
print(chr(65), chr(97), chr(0x263A), chr(0x10FFFF) == "\U0010ffff", chr(0) == "\x00", repr(chr(0xD800)))
print(ord("A"), ord("é"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
for bad in [-1, 0x110000, 2 ** 100]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [1.5, "a"]:
    try:
        chr(bad)
    except TypeError as e:
        print(e)
for bad in ["", "ab", b"", b"ab", 1]:
    try:
        ord(bad)
    except TypeError as e:
        print(e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "Hello"], sum(map(ord, "abc")))
