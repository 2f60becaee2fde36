# Frames that reached Python code (sys._getframe, f_back, tracebacks,
# locals()) must keep their identity and contents after many later calls
# (the interpreter recycles frames that never escaped).
import sys


def filler(a, b):
    c = a + b
    return c * 2


def churn(n=2000):
    t = 0
    for i in range(n):
        t += filler(i, 1)
    return t


def inner(tag):
    marker = tag * 2
    return sys._getframe()


def outer(tag):
    here = tag
    f = inner(tag)
    return f, sys._getframe()


pairs = [outer(i) for i in range(3)]
churn()
for fi, fo in pairs:
    print(fi.f_code.co_name, fi.f_locals["marker"], fo.f_code.co_name, fo.f_locals["here"])


def get_back():
    return sys._getframe().f_back


def caller(x):
    y = x + 1
    return get_back()


backs = [caller(i) for i in range(3)]
churn()
for b in backs:
    print(b.f_code.co_name, b.f_locals["x"], b.f_locals["y"])


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    local_n = n
    return deep(n - 1)


def catch():
    try:
        deep(4)
    except ValueError as e:
        return e


errs = [catch() for _ in range(2)]
churn()
for e in errs:
    tb = e.__traceback__
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno - f.f_code.co_firstlineno, f.f_locals.get("local_n")))
        tb = tb.tb_next
    print(out)


def with_locals(a):
    b = a * 3
    return locals()


ls = [with_locals(i) for i in range(3)]
churn()
print(ls)


def gen(n):
    for i in range(n):
        yield sys._getframe().f_code.co_name, i


g = gen(3)
print(next(g))
churn()
print(list(g))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(18), churn(10))


def rec_err(n):
    if n == 0:
        raise KeyError(n)
    try:
        return rec_err(n - 1)
    except KeyError:
        if n % 2:
            raise
        return n


print([rec_err(k) for k in range(6) if k % 2 == 0 or k == 0] if False else [rec_err(2), rec_err(4)])


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return sys._getframe(1)


objs = [C(i) for i in range(3)]
fr = [o.get() for o in objs]
churn()
print([f.f_code.co_name for f in fr])
print(sum(o.v for o in objs))


def kw(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)


print(sum(kw(i, c=i, d=1) for i in range(100)), sum(kw(1, 2, 3, 4) for _ in range(50)))


def cells(n):
    def inner2():
        return n + 1
    return inner2


print(sum(cells(i)() for i in range(100)))

# A finished frame keeps its caller for f_back (generator frames do not).
def keep_frame():
    return sys._getframe()
kept = keep_frame()
print(kept.f_back is not None, kept.f_back.f_code.co_name)
def fails():
    1 / 0
try:
    fails()
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_frame.f_back.f_code.co_name)
def gen_frame():
    yield sys._getframe()
for gf in gen_frame():
    pass
print(gf.f_back)
