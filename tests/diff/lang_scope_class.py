# Class body scoping rules.
x = "global"
class A:
    x = "class"
    y = x
    def f(self):
        return x
    def g(self):
        return self.x
print(A.y, A().f(), A().g())
def outer():
    v = "enclosing"
    u = "enclosing-u"
    class B:
        w = u
        try:
            w2 = v
        except NameError as e:
            w2 = "NameError: " + str(e)
        v = "class-level"
        def m(self):
            return v
    return B.w, B.w2, B.v, B().m()
print(outer())
def outer2():
    z = "free"
    class C:
        print("in class body, z =", z)
        def m(self):
            return z
    return C().m()
print(outer2())
class D:
    a = 1
    b = a + 1
    lst = [a, b]
    del a
print(D.b, D.lst, hasattr(D, "a"))
class E:
    __private = "mangled"
    def get(self):
        return self.__private
    def set_private(self):
        self.__secret = 1
e = E()
e.set_private()
print(e.get(), E._E__private, sorted(k for k in vars(e)))
try:
    E.__private
except AttributeError as err:
    print(err)
class F:
    def __init__(self):
        self.__x = 5
class G(F):
    def peek(self):
        return self._F__x
print(G().peek())
print(type("T", (), {"v": 1}).v)
class H:
    def method(self):
        return __class__
    def who(self):
        return __class__.__name__
print(H().method() is H, H().who())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
Counter(); cc = Counter()
print(Counter.count, cc.count)
class Locals:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Locals.names)
