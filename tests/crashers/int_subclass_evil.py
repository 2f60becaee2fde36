# int/str/float/tuple subclasses with overridden dunders used where the
# interpreter has fast paths for the exact base types (bpo-24379,
# bpo-38302 family: fast path must not skip the override, nor crash).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class I(int):
    def __index__(self):
        return 1
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 0
    def __add__(self, o):
        return "I.add"
    def __lt__(self, o):
        raise ValueError("I.lt")
    def __bool__(self):
        return False
i = I(5)
attempt("list index uses int value", lambda: [10, 20, 30, 40, 50, 60][i])
attempt("range with I", lambda: list(range(i)))
attempt("I + 1", lambda: i + 1)
attempt("1 + I", lambda: 1 + i)
attempt("sum with I", lambda: sum([i, 1]))
attempt("I == 7", lambda: i == 7)
attempt("I in dict", lambda: {0: "zero"}.get(i, "missing"))
attempt("sorted I", lambda: sorted([i, I(1)]))
attempt("not I", lambda: not i)
attempt("I as bool in if", lambda: "yes" if i else "no")
attempt("format I", lambda: format(i, "d"))
attempt("hex I", lambda: hex(i))
attempt("str * I", lambda: "ab" * i)
class S(str):
    def __eq__(self, o):
        return False
    def __hash__(self):
        return hash("other")
    def __len__(self):
        return 100
s = S("key")
attempt("S as dict key", lambda: {"key": 1}.get(s, "missing"))
attempt("S in set", lambda: s in {"key"})
attempt("len(S)", lambda: len(s))
attempt("S.join", lambda: s.join(["a", "b"]))
attempt("getattr with S", lambda: getattr(type("O", (), {"key": 5}), s, "no"))
attempt("S == S", lambda: s == s)
class T(tuple):
    def __len__(self):
        return 10
    def __iter__(self):
        return iter([9, 9])
    def __getitem__(self, k):
        return "T item"
t = T((1, 2, 3))
attempt("unpack T", lambda: (lambda a, b, c: (a, b, c))(*t))
attempt("a, b, c = T", lambda: exec("a, b, c = t", {"t": t}))
attempt("list(T)", lambda: list(t))
attempt("len(T)", lambda: len(t))
attempt("T[0]", lambda: t[0])
attempt("isinstance T", lambda: isinstance(t, tuple))
attempt("except with T of classes", lambda: (lambda: [1][5])() if False else "skip")
class F(float):
    def __float__(self):
        return 2.5
    def __repr__(self):
        return "F!"
f = F(1.5)
attempt("float(F)", lambda: float(f))
attempt("F + 1", lambda: f + 1)
attempt("repr F", lambda: repr(f))
attempt("math.floor F", lambda: __import__("math").floor(f))
class D(dict):
    def __getitem__(self, k):
        return "D item"
    def keys(self):
        return ["x"]
d = D(a=1)
attempt("** D", lambda: (lambda **kw: kw)(**d))
attempt("dict(D)", lambda: dict(d))
attempt("D.get", lambda: d.get("a"))
attempt("{**D}", lambda: {**d})
