# global and nonlocal declarations.
g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
def local_shadow():
    g = 3
    return g
print(read_global(), local_shadow(), g)
write_global()
print(g)
def create_global():
    global new_global
    new_global = "created"
create_global()
print(new_global)
def unbound_local():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 5
unbound_local()
def outer():
    x = 0
    def inner():
        nonlocal x
        x += 10
    inner(); inner()
    return x
print(outer())
def outer2():
    a = "a0"
    def mid():
        a = "a1"
        def inner():
            nonlocal a
            a = "a2"
        inner()
        return a
    return mid(), a
print(outer2())
def gl_in_nested():
    def inner():
        global g
        g = 100
    inner()
print(g); gl_in_nested(); print(g)
for src in ["def f():\n    nonlocal q\n", "nonlocal x\n", "def f(a):\n    global a\n",
            "def f():\n    x = 1\n    global x\n", "def f():\n    global y\n    nonlocal y\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
class C:
    global cls_g
    cls_g = "set from class"
print(cls_g)
x = "module"
class D:
    x = "class"
    def m(self):
        return x
print(D().m(), D.x)
def f():
    global x
    del x
f()
try:
    print(x)
except NameError as e:
    print(e)
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return [bump() for _ in range(3)], n
print(counter_gen())
