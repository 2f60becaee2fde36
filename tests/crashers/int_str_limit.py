# Integer <-> string conversions of huge numbers (CVE-2020-10735: the
# 4300-digit limit of 3.11), and conversions that must not take forever.
import sys
def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, int):
            print(label, "-> int with", r.bit_length(), "bits")
        elif isinstance(r, str):
            print(label, "-> str of", len(r), "chars")
        else:
            print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("limit", sys.get_int_max_str_digits)
attempt("int 4300 digits", lambda: int("9" * 4300))
attempt("int 4301 digits", lambda: int("9" * 4301))
attempt("int 100000 digits", lambda: int("9" * 100000))
attempt("int with underscores", lambda: int("1_" * 3000 + "1"))
attempt("negative 5000", lambda: int("-" + "1" * 5000))
attempt("whitespace 5000", lambda: int("  " + "1" * 5000 + "  "))
attempt("str(10**4299)", lambda: str(10 ** 4299))
attempt("str(10**4300)", lambda: str(10 ** 4300))
attempt("repr(-10**5000)", lambda: repr(-10 ** 5000))
attempt("%d", lambda: "%d" % 10 ** 5000)
attempt("format d", lambda: format(10 ** 5000, "d"))
attempt("f-string", lambda: f"{10 ** 5000}")
attempt("hex is unlimited", lambda: hex(10 ** 5000))
attempt("base 16 unlimited", lambda: int("f" * 10000, 16))
attempt("base 7 limited", lambda: int("6" * 5000, 7))
attempt("float str to int", lambda: int(float("1e300")))
attempt("decimal digits in float", lambda: float("1" * 5000))
attempt("bytes", lambda: int(b"1" * 5000))
attempt("bad digit late", lambda: int("1" * 5000 + "x"))
attempt("str(2**100000) limit", lambda: len(str(2 ** 100000)))
attempt("set too small", lambda: sys.set_int_max_str_digits(100))
attempt("set negative", lambda: sys.set_int_max_str_digits(-1))
attempt("set 0 (unlimited)", lambda: sys.set_int_max_str_digits(0))
attempt("now unlimited", lambda: int("9" * 20000))
attempt("str unlimited", lambda: str(10 ** 20000))
attempt("set 640", lambda: sys.set_int_max_str_digits(640))
attempt("641 digits", lambda: int("1" * 641))
attempt("640 digits", lambda: int("1" * 640))
attempt("str 641", lambda: str(10 ** 640))
