class B:
    def __getattribute__(s, n): return object.__getattribute__(s, n)
try:
    B().x
except AttributeError as e:
    print("AE", e)
print(hasattr(B(), 'x'))
class C:
    def __getattr__(s, n):
        if n == 'y': return 5
        raise AttributeError(n)
print(C().y, hasattr(C(), 'z'))
class D:
    def __eq__(s, o): return True
    def __lt__(s, o): return False
    def __hash__(s): return 1
print(D() == 1, D() < D(), hash(D()), sorted([D(), D()]) is not None)
