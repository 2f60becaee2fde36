# __index__/__int__/__float__/__len__/__hash__/__bool__ returning wrong types or huge values
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

class R:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __len__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __bool__(self): return self.v
    def __hash__(self): return self.v
    def __trunc__(self): return self.v
    def __round__(self, n=None): return self.v
    def __abs__(self): return self.v
    def __bytes__(self): return self.v
    def __str__(self): return self.v
    def __repr__(self): return self.v
    def __format__(self, spec): return self.v
    def __sizeof__(self): return self.v
    def __length_hint__(self): return self.v
    def __iter__(self): return self.v
class BI(int):
    pass
class BF(float):
    pass
values = [2**100, -1, -2**100, "x", 1.5, None, 2**63 - 1, 2**63, -2**63 - 1]
ops = [("len", len), ("index", lambda r: [1, 2, 3][r]), ("operator.index", lambda r: __import__("operator").index(r)),
       ("int", int), ("float", float), ("complex", complex), ("bool", bool), ("hash", hash),
       ("str", str), ("repr", repr), ("format", lambda r: format(r, "")),
       ("range", lambda r: range(r)),
       ("hex", hex), ("slice", lambda r: [1, 2, 3][r:r]), ("mul", lambda r: "ab" * r),
       ("round", round), ("math.trunc", lambda r: __import__("math").trunc(r)),
       ("abs", abs), ("iter", iter), ("list", list), 
       ("length_hint", lambda r: __import__("operator").length_hint(r)),
       
       ("math.sqrt", lambda r: __import__("math").sqrt(r))]
for vname, v in zip(["2**100", "-1", "-2**100", "str", "float", "None", "2**63-1", "2**63", "-2**63-1"], values):
    for oname, op in ops:
        try:
            r = op(R(v))
            if isinstance(r, (list, bytes, bytearray)):
                r = "%s(len=%d)" % (type(r).__name__, len(r))
            elif not isinstance(r, (int, float, str, complex, bool, range)):
                r = type(r).__name__
            if isinstance(r, str) and len(r) > 40:
                r = r[:40]
            print(vname, oname, "->", r)
        except BaseException as e:
            print(vname, oname, "->", type(e).__name__, str(e)[:80])
