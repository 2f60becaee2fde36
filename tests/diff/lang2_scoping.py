x = 'global'
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    del y
    y = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    print(undefined_name_xyz)
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(outer())
def outer2():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer2()

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents)

def glob():
    global newglobal
    newglobal = 'made'
glob()
print(newglobal)

class K:
    a = 1
    b = [a for _ in range(2)] if False else None
    c = [i for i in range(3)]
    try:
        d = [a for _ in range(1)]
    except NameError as e:
        print('class comp', type(e).__name__, e)
    e = (lambda: a) if False else None
    f = [z for z in range(a + 1)]
print(K.c, K.f)

class K2:
    x = 'class x'
    def m(self):
        return x
print(K2().m())

def f2():
    x = 'local'
    class C:
        print(x)
        x = 'class'
        print(x)
    return C
f2()

def f3():
    x = 'enclosing'
    class C:
        y = x
    return C.y
print(f3())

# closures capture variables not values
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])

# nonlocal in nested classes/functions
def deep():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
    l1()
    return a
print(deep())

# global declared in class body
class G:
    global gx
    gx = 5
print(gx)

# comprehension variable doesn't leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print(type(e).__name__, e)

# walrus in comprehension binds in enclosing scope
[(w := q) for q in range(3)]
print(w)

# locals() in function
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
# free var in locals
def fl():
    a = 1
    def inner():
        return a
    return sorted(locals())
print(fl())

# name resolution through builtins
def shadow():
    len = lambda x: 'shadowed'
    return len([1])
print(shadow(), len([1]))
import builtins
print(builtins.len is len)

# del global
delme = 1
del delme
try:
    delme
except NameError as e:
    print(type(e).__name__, e)
try:
    del nothing_here
except NameError as e:
    print(type(e).__name__, e)
def del_unbound():
    zz = 1
    del zz
    del zz
try:
    del_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
