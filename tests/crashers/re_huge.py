# Regular expressions with huge repeat counts, deep group nesting,
# catastrophic patterns kept bounded, and huge inputs (sre crashers).
import re
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except re.error as e:
        print(label, "-> re.error", e)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("a{4294967295}", lambda: re.compile("a{4294967295}") is not None)
attempt("a{4294967296}", lambda: re.compile("a{4294967296}"))
attempt("a{1,99999999999999999999}", lambda: re.compile("a{1,99999999999999999999}"))
attempt("a{5,3}", lambda: re.compile("a{5,3}"))
attempt("a{65536} match", lambda: bool(re.match("a{65536}", "a" * 65536)))
attempt("nested groups 100", lambda: bool(re.match("(" * 100 + "a" + ")" * 100, "a")))
attempt("nested groups 2000", lambda: bool(re.match("(?:" * 2000 + "a" + ")" * 2000, "a")))
attempt("too many groups", lambda: re.compile("(a)" * 200).groups)
attempt("backref to missing", lambda: re.compile(r"(a)\2"))
attempt("huge backref", lambda: re.compile(r"\99999999999999"))
attempt("lookbehind variable", lambda: re.compile(r"(?<=a+)b"))
attempt("nothing to repeat", lambda: re.compile("**"))
attempt("multiple repeat", lambda: re.compile("a**"))
attempt("big alternation", lambda: bool(re.match("|".join("x%d" % i for i in range(5000)), "x4999")))
attempt("long subject", lambda: len(re.findall("a", "a" * 1000000)))
attempt("sub with huge count", lambda: re.sub("a", "b", "aaa", count=2 ** 63))
attempt("sub negative count", lambda: re.sub("a", "b", "aaa", count=-1))
attempt("split maxsplit huge", lambda: re.split(",", "a,b,c", maxsplit=2 ** 70))
attempt("(a*)*b on 12 a", lambda: re.match("(a*)*b", "a" * 12))
attempt("(a|a)*c on 12 a", lambda: re.match("(a|a)*c", "a" * 12))
attempt("group index huge", lambda: re.match("(a)", "a").group(2 ** 70))
attempt("group index negative", lambda: re.match("(a)", "a").group(-1))
attempt("span of missing group", lambda: re.match("(a)|(b)", "a").span(2))
attempt("template with bad group", lambda: re.sub("(a)", r"\5", "a"))
attempt("repl function raising", lambda: re.sub("a", lambda m: 1 / 0, "aaa"))
attempt("repl function returning int", lambda: re.sub("a", lambda m: 5, "aaa"))
attempt("pos beyond end", lambda: re.compile("a").search("aaa", 2 ** 63))
attempt("endpos negative", lambda: re.compile("a").search("aaa", 0, -5))
attempt("bytes pattern on str", lambda: re.match(b"a", "a"))
attempt("bad escape", lambda: re.compile(r"\q"))
attempt("unterminated set", lambda: re.compile("[a"))
attempt("bad flags", lambda: re.compile("(?z)a"))
