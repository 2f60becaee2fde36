# expandtabs, zfill, center/ljust/rjust, partition, strip, removeprefix
for s in ["a\tb\tc", "\t", "ab\tcd\n\tx\r\ty", "12345678\tx", ""]:
    for n in [8, 0, 1, 3, -1]:
        print(ascii(s.expandtabs(n)))
print(ascii("a\tb".expandtabs(tabsize=4)), ascii("a\tb".expandtabs()))
for s in ["42", "-42", "+42", "", "-", "+", "abc", "--1", "ß", "-0.5"]:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)), repr(s.zfill(1)))
for s in ["abc", "", "ab", "abcd"]:
    for w in [0, 3, 6, 7, -1]:
        print(repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "-")))
for args in [(5, "ab"), (5, ""), (5, 1)]:
    try:
        "x".center(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
for s in ["a=b=c", "abc", "=", ""]:
    print(s.partition("="), s.rpartition("="), s.partition("b="), s.rpartition("=c"))
for bad in ["", None, 3]:
    try:
        "abc".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        "abc".rpartition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr("  xx  ".strip()), repr("\t\n x \x0b\x0c\u3000".strip()), repr("xxhixx".strip("x")))
print(repr("abcHIcba".strip("abc")), repr("abc".strip("")), repr("abc".lstrip("ba")), repr("abc".rstrip("cb")))
print(repr("  a  ".lstrip(None)), repr("  a  ".rstrip(None)), repr("ééaé".strip("é")))
try:
    "a".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".lstrip(b"a")
except TypeError as e:
    print(type(e).__name__, e)
print("prefix_rest".removeprefix("prefix_"), "rest".removeprefix("x"), "abc".removeprefix(""), "abc".removeprefix("abc"))
print("file.py".removesuffix(".py"), "file.py".removesuffix(".c"), "".removesuffix(""), "abc".removesuffix("abcd"))
try:
    "a".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".removesuffix(("a",))
except TypeError as e:
    print(type(e).__name__, e)
print("abc".startswith(("x", "a")), "abc".endswith(("x", "bc")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", -1), "abc".startswith("a", -10))
print("abc".startswith(()), "".startswith(""), "".endswith("", 1))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".startswith(1)
except TypeError as e:
    print(type(e).__name__, e)
