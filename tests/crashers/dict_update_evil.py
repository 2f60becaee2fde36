# dict.update / dict(**m) / {**m} with evil mappings whose keys() or
# __getitem__ mutate the target or themselves (bpo-25718, gh-92063).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Evil:
    def __init__(self, target):
        self.target = target
    def keys(self):
        return ["a", "b", "c"]
    def __getitem__(self, k):
        self.target.clear()
        self.target[k * 2] = 1
        return k
d = {"x": 1}
attempt("update clears target", lambda: (d.update(Evil(d)), sorted(d.items()))[1])
d = {"x": 1}
attempt("dict(evil)", lambda: sorted(dict(Evil(d)).items()))
class Self:
    def keys(self):
        return iter(["k"] * 3)
    def __getitem__(self, k):
        raise KeyError(k)
attempt("getitem raises KeyError", lambda: {}.update(Self()))
class KeysRaise:
    def keys(self):
        raise ValueError("keys")
attempt("keys raises", lambda: dict(KeysRaise()))
attempt("** with non-str keys", lambda: (lambda **kw: kw)(**{1: 2}))
attempt("** with evil", lambda: (lambda **kw: sorted(kw))(**Evil({})))
attempt("{**evil}", lambda: sorted({**Evil({})}))
attempt("update with pairs of wrong size", lambda: {}.update([(1, 2, 3)]))
attempt("update with non-iterable item", lambda: {}.update([1]))
attempt("fromkeys self-mutating", lambda: len(dict.fromkeys(x for x in range(5))))
d = {i: i for i in range(5)}
def gen():
    for k in list(d):
        d[k + 100] = 1
        yield k
attempt("update from generator mutating", lambda: (d.update((k, k) for k in gen()), len(d))[1])
d = {1: 1}
attempt("update with itself", lambda: (d.update(d), d)[1])
d = {1: 1}
attempt("|= with itself", lambda: d.__ior__(d))
class Hash:
    def __init__(self):
        self.calls = 0
    def __hash__(self):
        self.calls += 1
        if self.calls > 1:
            big.clear()
        return 1
big = {i: i for i in range(10)}
h = Hash()
big[h] = 1
attempt("hash clears on lookup", lambda: big.get(h))
attempt("setdefault evil", lambda: big.setdefault(h, 5))
attempt("popitem empty", lambda: {}.popitem())
attempt("dict(list of lists)", lambda: dict([[1, 2], "ab"]))
