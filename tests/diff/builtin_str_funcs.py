# str constructor and a selection of str methods.
print(str(), str(1), str(1.5), str(None), str([1, "a"]), str(b"x"), str(b"x", "utf-8"), str(bytearray(b"ab"), "ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
print(str(b"\xff", "utf-8", "replace"), str(b"\xffab", "ascii", "ignore"))
s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(" Hd"), "xxhixx".strip("x"))
print(s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize(), "ß".upper(), "İ".lower())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True), "-".join(["a", "b", "c"]), "".join([]))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"), "hello".count(""))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("l", 2), "abc".partition("b"), "abc".rpartition("z"))
print("42".isdigit(), "4a".isalnum(), "abc".isalpha(), " ".isspace(), "Ab".istitle(), "AB".isupper(), "ab".islower(), "x1".isidentifier())
print("hi".center(8, "*"), "hi".ljust(5, "."), "hi".rjust(5), "42".zfill(5), "-42".zfill(5), "a\tb".expandtabs(4))
print("{}-{}".format(1, 2), "{a}{b}".format(a=1, b=2), "{0}{0}".format("x"), "%s" % "p", "%05.1f" % 3.14159)
print("abc" * 2, "abc"[::-1], "abc" in "xabcx", "a" < "b", len("ünïcode"), "é".encode("utf-8"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
for bad in [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "abc" + 1, lambda: "x".split(""), lambda: "abc"[10]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print("Hello World".casefold(), "ab".removeprefix("a"), "ab".removesuffix("b"), "a-b_c".translate(str.maketrans("-_", "  ")))
print(str.maketrans("ab", "xy"), "CamelCaseString".swapcase(), "%-6s|" % "ab", "%+d" % 5)
