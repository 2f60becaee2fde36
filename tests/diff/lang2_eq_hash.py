class A:
    def __eq__(self, o): return True
try:
    hash(A())
except TypeError as e:
    print(type(e).__name__, e)
print(A.__hash__)
try:
    {A()}
except TypeError as e:
    print(type(e).__name__, e)

class B:
    def __eq__(self, o): return True
    def __hash__(self): return 42
print(hash(B()), len({B(), B()}))

class C:
    def __hash__(self): return 7
print(hash(C()), C() == C())

class D(B):
    def __eq__(self, o): return False
try:
    hash(D())
except TypeError as e:
    print(type(e).__name__, e)

class E(B):
    pass
print(hash(E()))

class F:
    __hash__ = None
try:
    hash(F())
except TypeError as e:
    print(type(e).__name__, e)
import collections.abc
print(isinstance(F(), collections.abc.Hashable), isinstance(C(), collections.abc.Hashable))

class G:
    def __hash__(self): return 'notint'
try:
    hash(G())
except TypeError as e:
    print(type(e).__name__, e)

class H:
    def __hash__(self): return 2**100
print(hash(H()) == hash(2**100))

class I:
    def __hash__(self): return -1
print(hash(I()))

class J:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print('eq called')
        return isinstance(o, J) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {J(1): 'one'}
print(d[J(1)])
print(J(2) in d)
s = {J(3)}
print(J(3) in s)

class K:
    def __eq__(self, o): return 'truthy'
    __hash__ = object.__hash__
print(K() == K(), [K()] == [K()], K() != K())
print(K() in [K()])

class NE:
    def __ne__(self, o): return 'ne!'
print(NE() != 1, NE() == 1)

class EqOnly:
    def __eq__(self, o): return self is o or 'eqonly'
print(EqOnly() != EqOnly())

# __eq__ raising in container compare
class Bad:
    def __eq__(self, o): raise ValueError('no compare')
    __hash__ = object.__hash__
b = Bad()
print([b] == [b])
try:
    [b] == [Bad()]
except ValueError as e:
    print(type(e).__name__, e)
try:
    Bad() in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)

# hash of builtins equal values
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(set())
except TypeError as e:
    print(type(e).__name__, e)
print(type(hash('x')).__name__, hash(None) == hash(None))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
