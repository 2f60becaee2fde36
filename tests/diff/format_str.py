# format(str, spec): fill, alignment, width in code points, precision
# truncation, and the errors.
strs = ["", "x", "abc", "h\u00e9llo", "\u65e5\u672c\u8a9e", "a b", "\U0001f600!", "long string here"]
specs = ["", "s", "5", "<5", ">5", "^5", "*^6", "*<7", "*>7", "\u00e9^8", "\u65e5>6", ".2", ".0", "10.3",
         "^10.1", ">3.5", "05", "<05", "^05", ">05", "x<4s", "0^9", "1", "20", ".100", "=<3", "<<3", "><4"]
for s in strs:
    print(repr(s), "|".join(format(s, sp) for sp in specs))
for s in ["abc", "\u00e9"]:
    print("{:>10}|{:^10}|{:.1}|{!r:>8}|{:*<6}".format(s, s, s, s, s))
print(format("abc", "\U0001f600^9"), format("x", "\x7f^5"), format("xyz", " ^7"))
class S(str):
    def __str__(self):
        return "custom"
print(format(S("abc"), ""), format(S("abc"), "5"), type(format(S("abc"), "s")).__name__)
