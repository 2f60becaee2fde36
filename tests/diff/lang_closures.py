# Closures: cell variables, late binding, counters, shared cells.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get())
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def modify_after():
    v = 1
    def read():
        return v
    v = 2
    return read()
print(modify_after())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4))
def make_accumulators():
    total = []
    def push(x):
        total.append(x)
        return len(total)
    return push, total
push, tot = make_accumulators()
push(1); push(2)
print(tot)
print(make_adder.__closure__, add5.__code__.co_freevars, counter.__code__.co_cellvars)
def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(unbound())
def rec():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
print(rec())
def class_in_func(val):
    class K:
        attr = val
        def m(self):
            return val * 2
    return K
K = class_in_func(21)
print(K.attr, K().m())
