# str.translate/maketrans odd tables, expandtabs huge, %-format huge precision, bytes.center
def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, (str, bytes)) and len(r) > 60:
            r = "%s(len=%d)" % (type(r).__name__, len(r))
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "->", type(e).__name__, str(e)[:100])

class T:
    def __getitem__(self, k):
        if k == 97: return "xyz" * 3
        if k == 98: return 0x10FFFF
        if k == 99: return 0x110000
        if k == 100: return -1
        if k == 101: return b"e"
        if k == 102: raise LookupError
        if k == 103: raise KeyError
        if k == 104: return None
        raise IndexError(k)
for ch in "abcdefghi":
    attempt("translate " + ch, lambda: ch.translate(T()))
attempt("translate dict", lambda: "hello".translate({ord("l"): "LL" * 1000}))
attempt("translate list", lambda: "abc".translate(["x"] * 98))
attempt("translate str table", lambda: "abc".translate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" * 3))
attempt("maketrans unequal", lambda: str.maketrans("ab", "c"))
attempt("maketrans bad key", lambda: str.maketrans({"ab": 1}))
attempt("maketrans int key", lambda: str.maketrans({97: "b", 2**40: "c"}))
attempt("maketrans non-dict", lambda: str.maketrans([1]))
attempt("maketrans 3", lambda: "abc".translate(str.maketrans("a", "b", "c")))
attempt("bytes translate short", lambda: b"abc".translate(b"x" * 10))
attempt("bytes translate delete", lambda: b"abc".translate(None, b"b"))
attempt("bytes maketrans unequal", lambda: bytes.maketrans(b"ab", b"c"))
attempt("expandtabs huge", lambda: "a\tb".expandtabs(2**62))
attempt("expandtabs big", lambda: "\t\t".expandtabs(2**31))
attempt("expandtabs neg", lambda: "a\tb".expandtabs(-5))
attempt("bytes expandtabs huge", lambda: b"a\tb".expandtabs(2**62))

attempt("pct huge width", lambda: "%*d" % (2**62, 1))
attempt("pct huge prec", lambda: "%.*f" % (2**40, 1.0))
attempt("pct big prec", lambda: len("%.500f" % 1.0))
attempt("pct prec int", lambda: len("%.5000d" % 1))
attempt("pct width str", lambda: len("%10000000s" % "x"))
attempt("pct star bad", lambda: "%*d" % ("x", 1))
attempt("pct c huge", lambda: "%c" % 0x110000)
attempt("pct c neg", lambda: "%c" % -1)
attempt("pct dict missing", lambda: "%(a)s" % {})
attempt("pct dict evil", lambda: "%(a)s %(b)s" % type("M", (dict,), {"__getitem__": lambda s, k: s.clear() or k})())
attempt("pct incomplete", lambda: "%(a" % {})
attempt("pct bad char", lambda: "%y" % 1)
attempt("bytes pct huge", lambda: b"%*d" % (2**62, 1))
attempt("bytes pct prec", lambda: len(b"%.5000d" % 1))
attempt("center huge", lambda: b"a".center(2**62))
attempt("center fill bad", lambda: b"a".center(5, b"ab"))
attempt("ljust huge", lambda: "a".ljust(2**62))
attempt("zfill huge", lambda: "1".zfill(2**62))
attempt("replace count", lambda: "aaa".replace("", "x", 2**70))
attempt("format huge", lambda: format(1, "%d" % 2**40))
attempt("format huge prec", lambda: format(1.5, ".%df" % 2**40))
attempt("format width overflow", lambda: format("x", "9" * 30))
attempt("str.format nested", lambda: "{0:{1:{2}}}".format(1, 2, 3))
attempt("str.format deep attr", lambda: "{0" + ".real" * 1000 + "}".format(1))
attempt("str.format index huge", lambda: "{0[99999999999999999999]}".format([1]))
attempt("str.format auto/manual", lambda: "{}{0}".format(1))
attempt("format_map evil", lambda: "{a}".format_map(type("M", (), {"__getitem__": lambda s, k: 1 / 0})()))
attempt("join huge", lambda: len(" ".join(["a"] * 10**6)))
attempt("splitlines odd", lambda: "a\x1cb\x1dc\x1ed\x85e\u2028f\u2029".splitlines())
attempt("split maxsplit huge", lambda: "a b c".split(None, 2**70))
attempt("rsplit maxsplit neg", lambda: "a b c".rsplit(" ", -2))
attempt("partition empty", lambda: "abc".partition(""))
attempt("count huge range", lambda: "abc".count("", -2**70, 2**70))
attempt("find huge", lambda: "abc".find("c", 2**70))
attempt("startswith tuple bad", lambda: "abc".startswith(("a", 5)))
