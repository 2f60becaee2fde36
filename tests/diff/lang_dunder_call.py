# __call__ and callable objects.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3), callable(Adder))
print(list(map(add3, [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    five = 5
    five()
except TypeError as e:
    print(e)
try:
    st = "str"
    st()
except TypeError as e:
    print(e)
try:
    nn = None
    nn()
except TypeError as e:
    print(e)
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class Meta(type):
    def __call__(cls, *a):
        return "intercepted " + cls.__name__
class K(metaclass=Meta):
    pass
print(K())
class Chain:
    def __call__(self, v):
        print("called with", v)
        return self
Chain()(1)(2)(3)
o = NotCallable()
o.__call__ = lambda: "instance attr"
try:
    o()
except TypeError as e:
    print(e)
print(o.__call__())
class StaticCall:
    @staticmethod
    def __call__(x):
        return x * 2
print(StaticCall()(21))
print(callable(len), callable(print), callable(1), callable(lambda: 0), callable(int))
