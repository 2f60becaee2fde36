# String and bytes literals: escapes, raw, concatenation, triple quotes.
print("tab\there", 'single "quotes"', "double 'quotes'", "back\\slash")
print("\x41\x62\u00e9\U0001F600\N{LATIN SMALL LETTER A}\101\0end".encode("unicode_escape"))
print(len("\n\r\t\v\f\a\b"), repr("\n\r\t\v\f\a\b"))
print(r"raw \n \t \\", R"RAW\x", rb"raw\bytes", Rb"\d")
print("con" "cat" 'enation', "a" f"{1+1}" "b")
print("""triple "double" quotes
second line""", '''triple 'single' ''')
print("line \
continued")
print(b"bytes", b"\x00\xff\n", B"upper", bytes([65, 66]), b"a" b"b")
print(repr(b"\x7f\x80 'q'"), repr(b'"dq"'), repr(b"'both\""))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x1f\x7f\x80\xa0\xad"))
print(repr("é ü ñ 中文 \u2028 \U0001F600"), ascii("é 中 \U0001F600"))
print(len("é"), len("中文"), len("\U0001F600"), len(b"\xc3\xa9"), "é".encode())
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}", "\u03b1" == "α")
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print(e)
print(type("").__name__, type(b"").__name__, type(r"").__name__, type(f"").__name__)
print("a" * 3, 3 * "ab", "" * 100, "x" * 0, "x" * -1, b"ab" * 2)
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" == "abc", b"a" < b"b")
print("\\N{x}" if True else "", "{", "}", "%%")
print(str(b"abc"), str(b"abc", "ascii"), b"abc".decode())
print(ord("\t"), ord("é"), chr(0x1F600) == "\U0001F600")
x = 'single-quoted \'escaped\''
y = "double-quoted \"escaped\""
print(x, y)
print("\101\102\103", "\1\12\123", "\777" == "\u01ff")
print('%s and %r' % ("str", "repr"), '%d items at %.2f' % (3, 1.5), '%5s|%-5s|' % ("a", "b"))
print('%x %o %e %g %c %%' % (255, 8, 12345.678, 0.0001, 65))
print('%(name)s is %(age)d' % {"name": "ann", "age": 30})
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
