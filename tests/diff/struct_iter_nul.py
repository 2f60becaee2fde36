# struct: iter_unpack's iterator (its length hint, its type) and NUL
# characters in a format string.
import operator
import struct

s = struct.Struct(">IB")
it = s.iter_unpack(bytes(range(1, 16)))
print(type(it).__name__, iter(it) is it)
for _ in range(4):
    print(operator.length_hint(it), next(it, None))
print(operator.length_hint(it))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
try:
    struct.iter_unpack("<h", b"\x01")
except struct.error as e:
    print("error", e)
for fmt in ("\0", "2\0i", b"\0", "i\0", b"<\0"):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print("error", repr(fmt), e)
    try:
        struct.pack(fmt)
    except struct.error as e:
        print("error", repr(fmt), e)
