# Closures, cells, nonlocal, class cells, super().
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = make_counter(); c2 = make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, type(c1.__closure__[0]).__name__)

def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = adders()
print([f(10) for f in a], [f(10) for f in b])

def arg_cell(x):
    def get():
        return x
    x += 1
    return get
print(arg_cell(5)())

def outer():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner
    return mid()()
print(outer())

def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound()

def local_unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
local_unbound()

def del_cell():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
del_cell()

class Base:
    def hello(self):
        return "base hello"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    def klass(self):
        return __class__.__name__
print(Derived().hello(), Derived().klass())

x = "global"
class K:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(K().m(), K.y)

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(gen_closure())
print(make_counter.__code__.co_cellvars, c1.__code__.co_freevars)
