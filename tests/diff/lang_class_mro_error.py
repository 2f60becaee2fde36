# MRO conflicts and other class-creation errors.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
try:
    class FromInstance(1): pass
except TypeError as e:
    print(e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(e)
try:
    class Layout(int, str): pass
except TypeError as e:
    print(e)
try:
    class FromNone(None): pass
except TypeError as e:
    print(e)
def f(): pass
try:
    class FromFunc(f): pass
except TypeError as e:
    print(e)
class Ok(int, object): pass
print(Ok(5) + 1, [k.__name__ for k in Ok.__mro__])
try:
    type("Bad", (A, B), {})
except TypeError as e:
    print(e)
