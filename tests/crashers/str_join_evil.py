# str.join/bytes.join/"".format/% with iterables and arguments that mutate
# the sequence being joined or raise midway (bpo-24284 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

L = ["a", "b", "c"]
def gen():
    for x in L:
        if len(L) < 6:
            L.append(x + x)
        yield x
attempt("join generator growing its list", lambda: "-".join(gen()))
class S(str):
    def __str__(self):
        L2.clear()
        return "s"
L2 = ["x", S("y"), "z"]
attempt("join with str subclass", lambda: ",".join(L2))
attempt("join non-str", lambda: ",".join(["a", 1]))
attempt("join bytes", lambda: ",".join([b"a"]))
attempt("bytes join str", lambda: b",".join(["a"]))
attempt("join huge repeat", lambda: len("".join(["ab"] * 100000)))
class Fmt:
    def __format__(self, spec):
        args.clear()
        return "F"
args = [Fmt(), 1, 2]
attempt("format clears its args", lambda: "{} {} {}".format(*args))
attempt("format missing arg", lambda: "{} {}".format(1))
attempt("format kwargs evil", lambda: "{a}".format(**{"a": Fmt()}))
class Str:
    def __str__(self):
        return 5
attempt("%s with bad __str__", lambda: "%s" % Str())
attempt("% tuple too short", lambda: "%s %s" % ("a",))
attempt("% not all converted", lambda: "%s" % ("a", "b"))
attempt("% with dict and tuple", lambda: "%(a)s %s" % {"a": 1})
attempt("% mapping evil", lambda: "%(a)s" % {"b": 1})
class Getitem:
    def __getitem__(self, k):
        raise RuntimeError("getitem " + k)
attempt("% mapping raising", lambda: "%(x)s" % Getitem())
attempt("format_map raising", lambda: "{x}".format_map(Getitem()))
attempt("f-string with raising __format__", lambda: f"{Getitem()!r:>{3}}"[:2])
attempt("str.translate evil", lambda: "abc".translate(Getitem()))
class Tr:
    def __getitem__(self, k):
        return 10 ** 10
attempt("translate huge ordinal", lambda: "a".translate(Tr()))
attempt("maketrans bad", lambda: str.maketrans("ab", "a"))
attempt("replace huge count", lambda: "aaa".replace("a", "bb", 2 ** 70))
attempt("split maxsplit huge", lambda: "a b".split(None, 2 ** 70))
attempt("center fill 2 chars", lambda: "a".center(5, "xy"))
