# struct with huge repeat counts, bad formats and buffers too small
# (bpo-14596, bpo-22113 family).
import struct
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if not isinstance(r, (bytes, bytearray)) or len(r) < 40 else ("bytes", len(r)))
    except struct.error as e:
        print(label, "-> struct.error", e)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("calcsize huge count", lambda: struct.calcsize("1000000000000000000s"))
attempt("calcsize overflow count", lambda: struct.calcsize("99999999999999999999s"))
attempt("calcsize sum overflow", lambda: struct.calcsize("4611686018427387904q4611686018427387904q"))
attempt("pack huge count", lambda: struct.pack("1000000000000s", b""))
attempt("calcsize many", lambda: struct.calcsize("q" * 1000))
attempt("pack wrong arg count", lambda: struct.pack("ii", 1))
attempt("pack out of range", lambda: struct.pack("b", 200))
attempt("pack huge int", lambda: struct.pack("q", 2 ** 64))
attempt("pack float to int", lambda: struct.pack("i", 1.5))
attempt("unpack too short", lambda: struct.unpack("i", b"ab"))
attempt("unpack_from offset huge", lambda: struct.unpack_from("i", b"abcd", 2 ** 62))
attempt("unpack_from negative offset", lambda: struct.unpack_from("i", b"abcdefgh", -4))
attempt("unpack_from offset -100", lambda: struct.unpack_from("i", b"abcd", -100))
attempt("pack_into small", lambda: struct.pack_into("q", bytearray(4), 0, 1))
attempt("pack_into offset huge", lambda: struct.pack_into("b", bytearray(4), 2 ** 62, 1))
attempt("pack_into negative", lambda: (lambda b: (struct.pack_into("b", b, -1, 7), bytes(b))[1])(bytearray(4)))
attempt("pack_into readonly", lambda: struct.pack_into("b", b"abcd", 0, 1))
attempt("bad format char", lambda: struct.calcsize("y"))
attempt("repeat without char", lambda: struct.calcsize("12"))
attempt("p with huge count", lambda: struct.pack("300p", b"x" * 400)[:3])
attempt("iter_unpack empty fmt", lambda: struct.iter_unpack("", b""))
attempt("iter_unpack not multiple", lambda: struct.iter_unpack("i", b"abcde"))
attempt("Struct huge", lambda: struct.Struct("9223372036854775807x").size)
attempt("Struct huge + 1", lambda: struct.Struct("9223372036854775807x1x"))
attempt("count overflow", lambda: struct.calcsize("9223372036854775808x"))
attempt("unpack 0s", lambda: struct.unpack("0s", b""))
attempt("unpack e nan", lambda: struct.unpack("e", b"\x00\x7e"))
attempt("pack e overflow", lambda: struct.pack("e", 1e10))
attempt("pack ? object", lambda: struct.pack("?", []))
