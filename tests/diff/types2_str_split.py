# split / rsplit / splitlines
cases = ["a,b,,c", ",a,", "", ",", "a b  c   d", "  lead and trail  ", "\t\na\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u3000i"]
for s in cases:
    for sep in [None, ",", " ", ",,", "ab"]:
        for maxsplit in [-1, 0, 1, 2, 10]:
            print(ascii(s), ascii(sep), maxsplit, s.split(sep, maxsplit), s.rsplit(sep, maxsplit))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(sep=None, maxsplit=-5))
print("abc".split("abc"), "abcabc".split("abc"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("   ".split(), "   ".split(" "), "   ".rsplit(None, 0), "  a  ".split(None, 0), "  a  ".rsplit(None, 0))
for bad in ["", 1]:
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        "abc".rsplit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".split(",", "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(x=1)
except TypeError as e:
    print(type(e).__name__, e)
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n\n\r\r\n"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=True) == lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "a".splitlines(), "a\n\nb".splitlines())
print("\r\n\r".splitlines(True), "x\r".splitlines(), "\u2028".splitlines())
print(b"a\nb\r\nc\rd\x0be\x0cf\x1cg".splitlines(), b"a\nb\r\n".splitlines(True))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("a".splitlines(keepends=0), "a\n".splitlines(2))
print("1,2,3".split(",", maxsplit=True))
