# list methods whose integer/slice arguments run __index__ that resizes the list (bpo-… borrowed_ref family)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

L = []
class Clear:
    def __init__(self, v=0): self.v = v
    def __index__(self):
        L.clear()
        return self.v
class Grow:
    def __init__(self, v=0): self.v = v
    def __index__(self):
        L.extend(range(1000))
        return self.v
def fresh():
    L[:] = list(range(10))
    return L
for name, fn in [
    ("getitem clear", lambda: fresh()[Clear(5)]),
    ("getitem neg clear", lambda: fresh()[Clear(-1)]),
    ("setitem clear", lambda: fresh().__setitem__(Clear(5), "x")),
    ("delitem clear", lambda: fresh().__delitem__(Clear(5))),
    ("pop clear", lambda: fresh().pop(Clear(5))),
    ("pop neg clear", lambda: fresh().pop(Clear(-1))),
    ("insert clear", lambda: (fresh().insert(Clear(5), "i"), L)[1]),
    ("insert grow", lambda: (fresh().insert(Grow(5), "i"), L[:8])[1]),
    ("index start clear", lambda: fresh().index(9, Clear(0))),
    ("index stop clear", lambda: fresh().index(9, 0, Clear(10))),
    ("index stop grow", lambda: fresh().index(999, 0, Grow(2000))),
    ("slice get clear", lambda: fresh()[Clear(2):8]),
    ("slice get step clear", lambda: fresh()[1:9:Clear(2)]),
    ("slice get stop grow", lambda: len(fresh()[0:Grow(500)])),
    ("slice set clear", lambda: (fresh().__setitem__(slice(Clear(2), 8), [1, 2]), L)[1]),
    ("ext slice set clear", lambda: (fresh().__setitem__(slice(0, 10, Clear(2)), "abcde"), L)[1]),
    ("ext slice set grow", lambda: (fresh().__setitem__(slice(0, 10, Grow(2)), "abcde"), L[:10])[1]),
    ("ext slice del clear", lambda: (fresh().__delitem__(slice(0, 10, Clear(2))), L)[1]),
    ("ext slice del grow", lambda: (fresh().__delitem__(slice(0, 10, Grow(2))), len(L))[1]),
    ("mul clear", lambda: len(fresh() * Clear(3))),
    ("imul clear", lambda: (fresh().__imul__(Clear(3)), len(L))[1]),
    ("imul grow", lambda: (fresh().__imul__(Grow(2)), len(L))[1]),
    ("rmul grow", lambda: len(Grow(2) * fresh()) if False else len(fresh().__rmul__(Grow(2)))),
    ("slice indices clear", lambda: slice(Clear(1), Clear(5), Clear(1)).indices(len(fresh()))),
    ("range index clear", lambda: range(10)[Clear(3)]),
    ("tuple getitem", lambda: tuple(fresh())[Clear(3)]),
    ("str getitem", lambda: "abcdef"[Clear(3)]),
    ("bytes getitem", lambda: b"abcdef"[Clear(3)]),
    ("reversed clear", lambda: [x for x in reversed(fresh()) if L.clear() is None]),
    ("reversed grow", lambda: [x for x in reversed(fresh()) if (L.append(0) if len(L) < 20 else None) is None]),
    ("enumerate clear", lambda: [(i, x) for i, x in enumerate(fresh()) if L.pop() is not None]),
    ("zip shrink", lambda: list(zip(fresh(), [L.pop() for _ in range(3)]))),
    ("sum mutating", lambda: sum(type("I", (int,), {"__radd__": lambda s, o: (L.clear(), 0)[1], "__add__": lambda s, o: (L.clear(), 0)[1]})(1) for _ in fresh())),
    ("map clear", lambda: list(map(lambda x: L.clear() or x, fresh()))),
    ("filter clear", lambda: list(filter(lambda x: L.clear() or True, fresh()))),
    ("list in list init", lambda: (fresh().__init__(x for x in L), L)[1]),
    ("list init clear gen", lambda: (fresh().__init__(L.clear() or x for x in range(3)), L)[1]),
    ("extend self gen", lambda: (fresh().extend(x for x in L if len(L) < 30), len(L))[1]),
    ("setslice from gen clearing", lambda: (fresh().__setitem__(slice(2, 5), (L.clear() or x for x in range(3))), L)[1]),
    ("iadd gen clearing", lambda: (fresh().__iadd__(L.clear() or x for x in range(3)), L)[1]),
    ("copy during repr", lambda: repr([type("R", (), {"__repr__": lambda s: (L.clear(), "r")[1]})() for _ in range(3)] + fresh())[:20]),
    ("repr clear", lambda: (lambda l: repr(l))(fresh() + [type("R", (), {"__repr__": lambda s: (L.clear(), "r")[1]})()])[:30]),
]:
    attempt(name, fn)
L2 = list(range(5))
class RC:
    def __repr__(self):
        L2.clear()
        return "rc"
L2.append(RC())
L2.extend(range(5))
attempt("repr self-list clear", lambda: repr(L2))
L3 = [RC() for _ in range(5)]
class RC3:
    def __repr__(self):
        del L3[:]
        return "rc3"
L3 = [RC3(), RC3(), RC3()]
attempt("repr list clears itself", lambda: repr(L3))
T = {}
class DR:
    def __repr__(self):
        T.clear()
        return "dr"
T.update({i: DR() for i in range(5)})
attempt("dict repr clears itself", lambda: repr(T))
S = set()
class SR:
    def __repr__(self):
        S.clear()
        return "sr"
S.update(SR() for _ in range(5))
attempt("set repr clears itself", lambda: repr(S).count("sr"))
