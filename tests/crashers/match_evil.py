# match statements against evil classes: __match_args__ odd, mappings whose get/keys mutate, sequences lying about len
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

class MA:
    __match_args__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = 2
class MAbad:
    __match_args__ = ["a"]
class MAint:
    __match_args__ = ("a", 5)
    a = 1
class MAdup:
    __match_args__ = ("a",)
    a = 1
class MAprop:
    __match_args__ = ("p",)
    @property
    def p(self): raise KeyError("prop")
def m1(x):
    match x:
        case MA(p, q): return ("MA", p, q)
        case MAbad(p): return ("bad", p)
        case MAint(p, q): return ("int", p, q)
        case MAdup(p, a=q): return ("dup", p, q)
        case MAprop(p): return ("prop", p)
        case _: return "other"
for x in (MA(), MAbad(), MAint(), MAdup(), MAprop()):
    attempt(type(x).__name__, lambda: m1(x))
def m2(x):
    match x:
        case MA(1, 2, 3): return "too many"
    return "no"
attempt("too many positional", lambda: m2(MA()))
def m3(x):
    match x:
        case int(1, 2): return "x"
attempt("int two positional", lambda: m3(1))
def m4(x):
    match x:
        case 5(): return 1
attempt("call non-class", lambda: exec("match 1:\n case 5(): pass"))
class NotType:
    pass
nt = NotType()
def m5(x):
    match x:
        case nt.__class__(): return "ok"
attempt("attr class", lambda: m5(NotType()))
def m6(x, C):
    match x:
        case C(): return "matched"
    return "no"
attempt("class is instance", lambda: m6(1, 5))
from collections.abc import Mapping, Sequence
class EvilMap(Mapping):
    def __init__(self): self.d = {"a": 1, "b": 2}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        self.d.clear()
        return self.d.get(k, default)
    def keys(self): return ["a", "b"]
def m7(x):
    match x:
        case {"a": 1, "b": 2, **rest}: return ("all", rest)
        case {"a": _}: return "a"
        case _: return "none"
attempt("evil map get", lambda: m7(EvilMap()))
class GetRaises(dict):
    def get(self, k, d=None): raise KeyError("get")
attempt("dict subclass get raising", lambda: m7(GetRaises(a=1)))
class KeysRaise(Mapping):
    def __getitem__(self, k): return 1
    def __iter__(self): raise ValueError("iter")
    def __len__(self): return 1
    def keys(self): raise ValueError("keys")
attempt("rest keys raising", lambda: m7(KeysRaise()))
class LyingSeq(Sequence):
    def __init__(self): self.n = 0
    def __len__(self):
        self.n += 1
        return 3 if self.n == 1 else 100
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i
def m8(x):
    match x:
        case [a, b, c]: return ("three", a, b, c)
        case [a, *rest]: return ("star", a, rest)
        case _: return "none"
attempt("lying seq", lambda: m8(LyingSeq()))
class NegLen(Sequence):
    def __len__(self): return -1
    def __getitem__(self, i): return i
attempt("negative len seq", lambda: m8(NegLen()))
class HugeLen(Sequence):
    def __len__(self): return 2**62
    def __getitem__(self, i): return i
attempt("huge len seq star", lambda: m8(HugeLen()))
def m9(x):
    match x:
        case [*a, b, c]: return (len(a), b, c)
        case _: return "none"
attempt("huge len seq tail", lambda: m9(HugeLen()))
class EqRaise:
    def __eq__(self, o): raise KeyError("eq")
def m10(x):
    match x:
        case 1: return "one"
        case "s": return "s"
        case None: return "none"
        case _: return "other"
attempt("value pattern eq raising", lambda: m10(EqRaise()))
attempt("str not a sequence", lambda: m8("abc"))
attempt("bytes not a sequence", lambda: m8(b"abc"))
attempt("bytearray not a sequence", lambda: m8(bytearray(b"abc")))
attempt("memoryview is seq", lambda: m8(memoryview(b"abc")))
attempt("range seq", lambda: m8(range(5)))
import collections
attempt("deque seq", lambda: m8(collections.deque([1, 2, 3])))
attempt("dict keys not seq", lambda: m8({1: 2, 3: 4, 5: 6}.keys()))
def m11(x):
    match x:
        case {1: a, 1: b}: return (a, b)
attempt("duplicate key pattern", lambda: exec("match {}:\n case {1: a, 1: b}: pass"))
attempt("guard raising", lambda: exec("match 1:\n case x if 1/0: pass"))
def m12(x):
    match x:
        case (1 | 2 | 3) as y if y > 1: return y
        case [(1 | 2) as a, *_] | [_, (1 | 2) as a]: return ("or", a)
    return "no"
attempt("or patterns", lambda: [m12(v) for v in (1, 2, [1], [3, 2], [5, 5])])
deep = 0
for i in range(200):
    deep = [deep]
src = "match x:\n case " + "[" * 200 + "0" + "]" * 200 + ": r = 'deep'\n case _: r = 'no'\n"
attempt("deep pattern", lambda: (exec(src, g := {"x": deep}), g["r"])[1])
src2 = "match x:\n case " + "[" * 3000 + "0" + "]" * 3000 + ": pass\n"
attempt("very deep pattern", lambda: exec(src2, {"x": 0}))
