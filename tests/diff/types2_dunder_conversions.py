class I:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
class Ix:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 9
class F:
    def __float__(self): return 2.5
class C:
    def __complex__(self): return 1 + 2j
def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
show(int, I(5)); show(int, I("x")); show(int, I(2**70))
show(int, Ix()); show(float, F()); show(float, Ix()); show(float, I(3))
show(complex, C()); show(complex, F()); show(complex, Ix()); show(complex, "x", 1)
class BadF:
    def __float__(self): return 1
show(float, BadF())
class BadC:
    def __complex__(self): return 1
show(complex, BadC())
class SubF(float):
    pass
class RetSub:
    def __float__(self): return SubF(1.5)

class Bo:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
show(bool, Bo(True)); show(bool, Bo(0)); show(bool, Bo("x"))
class Le:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
show(len, Le(3)); show(len, Le(-1)); show(len, Le(2**70)); show(len, Le("a")); show(bool, Le(0)); show(len, Le(True))
show(len, Le(Ix()))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
show(hash, H(5)); show(hash, H(-1)); show(hash, H(2**70)); show(hash, H("x")); show(hash, H(True))
class Co:
    def __contains__(self, x): return x
show(lambda: 0 in Co()); show(lambda: [] in Co()); show(lambda: "a" in Co())
class It:
    def __iter__(self): return 5
show(iter, It()); show(list, It())
class Nx:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
show(list, Nx())
class Gi:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
show(list, Gi()); show(lambda: 2 in Gi()); show(lambda: 5 in Gi())
class Ro:
    def __round__(self, n=None): return ("round", n)
show(round, Ro()); show(round, Ro(), 2); show(round, Ro(), None)
import math
class Tr:
    def __trunc__(self): return 3
    def __floor__(self): return 4
    def __ceil__(self): return 5
show(math.trunc, Tr()); show(math.floor, Tr()); show(math.ceil, Tr())
show(math.floor, 2.5); show(math.ceil, -2.5); show(math.trunc, -2.5)
class Ab:
    def __abs__(self): return "abs!"
show(abs, Ab())
class Dm:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
show(divmod, Dm(), 1); show(divmod, 1, Dm())
class Pw:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
show(pow, Pw(), 2); show(pow, Pw(), 2, 3); show(pow, 2, Pw()); show(pow, 2, Pw(), 3)
class Fm:
    def __format__(self, spec): return "F[" + spec + "]"
show(format, Fm(), "xyz"); show(lambda: f"{Fm():>5}"); show(lambda: "{:abc}".format(Fm()))
class BadFm:
    def __format__(self, spec): return 5
show(format, BadFm(), "")

show(format, object(), "5")
class Rp:
    def __repr__(self): return 5
show(repr, Rp())
class St:
    def __str__(self): return 5
show(str, St())
class Sz:
    def __index__(self): return 2
show(lambda: "ab" * Sz()); show(lambda: [1] * Sz()); show(lambda: b"x" * Sz()); show(lambda: (1,) * Sz())
show(lambda: range(Sz())); show(lambda: "abcd"[Sz():]); show(lambda: chr(Sz() ) )
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
show(lambda: -Neg()); show(lambda: +Neg()); show(lambda: ~Neg())
show(lambda: -"a"); show(lambda: ~1.5); show(lambda: +[])
