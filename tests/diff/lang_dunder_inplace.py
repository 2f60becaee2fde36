# In-place operators: __iadd__ etc., fallback to binary ops.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __imatmul__(self, o):
        self.v = (self.v, o)
        return self
a = Acc(10)
orig = a
a += 5; print(a)
a -= 3; print(a)
a *= 4; print(a)
a //= 5; print(a)
a **= 2; print(a)
a %= 7; print(a)
a <<= 3; print(a)
a >>= 1; print(a)
a |= 1; print(a)
a &= 6; print(a)
a ^= 3; print(a)
a /= 2; print(a)
a @= "m"; print(a, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("binary add used")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
old = b
b += 2
print(b.v, b is old)
class NoneReturn:
    def __iadd__(self, o):
        return None
n = NoneReturn()
n += 1
print(n)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
x = NI()
x += 1
print(x)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst2 = [1]
    lst2 = lst2 + (2,)
except TypeError as e:
    print(e)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(e)
s = "a"
s += "b"
s *= 3
print(s)
class Holder:
    def __init__(self):
        self.items = []
h = Holder()
h.items += [1]
d = {"k": [0]}
d["k"] += [1]
print(h.items, d)
tup = ([],)
try:
    tup[0] += [1]
except TypeError as e:
    print(e, tup)
