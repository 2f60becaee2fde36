# Repetition and size overflows: must be MemoryError/OverflowError/ValueError
# exactly as CPython, never a wrap-around or a crash.
import sys
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, len(r) if hasattr(r, "__len__") else r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

M = sys.maxsize
attempt("str * maxsize", lambda: "ab" * M)
attempt("str * maxsize//2+1", lambda: "ab" * (M // 2 + 1))
attempt("str * 2**63", lambda: "a" * 2**63)
attempt("str * -1", lambda: "abc" * -1)
attempt("bytes * maxsize", lambda: b"ab" * M)
attempt("bytearray * maxsize", lambda: bytearray(b"ab") * M)
attempt("list * maxsize", lambda: [1, 2] * M)
attempt("tuple * maxsize", lambda: (1, 2) * M)
attempt("list * 2**64", lambda: [1] * 2**64)
def imul():
    l = [1, 2]
    l *= M
    return l
attempt("list *= maxsize", imul)
def bimul():
    b = bytearray(b"xy")
    b *= M
    return b
attempt("bytearray *= maxsize", bimul)
attempt("bytes(2**63)", lambda: bytes(2**63))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytearray(-5)", lambda: bytearray(-5))
attempt("ljust 2**63", lambda: "x".ljust(2**63))
attempt("center maxsize", lambda: "x".center(M))
attempt("zfill maxsize", lambda: "1".zfill(M))
attempt("rjust -1", lambda: "x".rjust(-1))
attempt("range len 2**64", lambda: len(range(2**64)))
attempt("range index 2**64", lambda: range(2**64)[2**63])
attempt("range slice", lambda: range(2**64)[::2**62])
attempt("replace huge", lambda: ("a" * 1000).replace("a", "a" * 10, M))
attempt("expandtabs", lambda: "a\tb".expandtabs(-5))
attempt("join empty", lambda: "x".join([]))
attempt("1 << 2**63", lambda: 1 << 2**63)
attempt("1 << -1", lambda: 1 << -1)
attempt("1 >> 2**100", lambda: 1 >> 2**100)
attempt("float ** huge", lambda: 10.0 ** 400)
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(nan)", lambda: int(float("nan")))
attempt("round huge", lambda: round(1.5, 2**63))
attempt("list(range(big))", lambda: list(range(M)))
attempt("[None]*(maxsize//8+1)", lambda: [None] * (M // 8 + 1))
attempt("'%s' % big str", lambda: "%.*s" % (M, "abc"))
