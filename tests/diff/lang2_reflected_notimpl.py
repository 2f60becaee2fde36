class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v})'
    def __add__(self, o):
        print('V.add', o)
        return V(self.v + o.v) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        print('V.radd', o)
        return V(self.v + o) if isinstance(o, int) else NotImplemented
    def __iadd__(self, o):
        print('V.iadd', o)
        if isinstance(o, V):
            self.v += o.v
            return self
        return NotImplemented
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return 'rsub'
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o):
        print('V.lt')
        return NotImplemented
    def __gt__(self, o):
        print('V.gt')
        return NotImplemented

a, b = V(1), V(2)
print(a + b, 5 + a)
try:
    a + 'x'
except TypeError as e:
    print(type(e).__name__, e)
c = a
c += b
print(c, c is a)
c += 3
print(c, c is a)
print(1 - a, a - 1 if False else '')
try:
    a - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)

# subclass reflected priority
class W(V):
    def __radd__(self, o):
        print('W.radd')
        return 'W wins'
print(V(1) + W(2))

class X:
    def __add__(self, o): return 'X.add'
class Y(X):
    def __radd__(self, o): return 'Y.radd'
print(X() + Y())
class Z(X): pass
print(X() + Z())

# in-place falls back to binary
class Only:
    def __add__(self, o): return 'add'
    def __mul__(self, o): return 'mul'
o = Only()
o += 1
print(o)
o = Only()
o *= 2
print(o)

# __eq__ NotImplemented falls to identity
class E:
    def __eq__(self, o): return NotImplemented
e = E()
print(e == e, e == E(), e != e, e != E())

# reflected comparison swap
class R:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        return ('lt', self.n, getattr(o, 'n', o))
    def __gt__(self, o):
        return ('gt', self.n, getattr(o, 'n', o))
    def __eq__(self, o):
        return ('eq', self.n, getattr(o, 'n', o))
print(R(1) < R(2), 3 < R(4), R(5) > 6, 7 > R(8), 1 == R(2), R(3) == 4)
class RS(R): pass
print(R(1) < RS(2), R(1) == RS(2))

# pow with 3 args and reflected
class P:
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o, mod=None): return ('rpow', o, mod)
print(P() ** 2, 2 ** P(), pow(P(), 2, 5))

# matmul
class M:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __imatmul__(self, o): return 'imatmul'
m = M()
print(m @ 1, 1 @ m)
m @= 2
print(m)

# NotImplemented in bool context and repr
print(repr(NotImplemented), type(NotImplemented).__name__)
# divmod / rdivmod
class DM:
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
print(divmod(DM(), 1), divmod(1, DM()))
# inplace on immutable
t = (1,)
t2 = t
t += (2,)
print(t, t2)
l = [1]
l2 = l
l += (2, 3)
print(l, l2 is l)
try:
    l + (1,)
except TypeError as ex:
    print(type(ex).__name__, ex)
