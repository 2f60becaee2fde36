# Comprehensions have their own scope; class-body interaction.
x = "global-x"
r = [x for x in range(3)]
print(r, x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g())
class A:
    val = 5
    doubled = [v * 2 for v in range(3)]
    try:
        uses = [val for _ in range(2)]
    except NameError as e:
        err = str(e)
    first = [val * 1 for _ in [0]] if False else None
print(A.doubled, A.err, A.first)
class B:
    n = 3
    seq = [i for i in range(n)]
print(B.seq)
class C:
    data = [1, 2, 3]
    total = sum(d for d in data)
print(C.total)
def h():
    out = []
    for i in range(3):
        out.append([i * j for j in range(3)])
    return out
print(h())
gen = (i for i in range(3))
print(next(gen), list(gen))
z = 100
print({z: z for z in range(2)}, z)
print({z for z in range(2)}, z)
print(list(z for z in range(2)), z)
def outer():
    k = 1
    def inner():
        return [k * j for j in range(3)]
    k = 2
    return inner()
print(outer())
def shadow():
    i = "keep"
    [i for i in range(5)]
    return i
print(shadow())
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(e)
print([[i for i in range(i)] for i in range(3)])
