# Generators: send, throw, close, yield from, return values, errors.
def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield 99
    return "done"

g = gen()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)

def counter(n):
    for i in range(n):
        yield i
print(list(counter(5)), sum(counter(10)))

def inner():
    r = yield "i1"
    print("inner got", r)
    yield "i2"
    return "inner-result"

def outer():
    v = yield from inner()
    print("outer got", v)
    yield "o1"

o = outer()
print(next(o))
print(o.send("S"))
print(next(o))
print(list(o))

# yield from a plain iterator
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, 4], 5], [[6]]])))

# close
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
next(c)
print(c.close())
print(c.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration inside a generator
def bad():
    raise StopIteration("x")
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# already executing
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)

# just started
def js():
    yield 1
try:
    js().send(5)
except TypeError as e:
    print(e)

# throw into yield from delegates
def sub():
    try:
        yield "a"
    except KeyError:
        yield "sub caught"
def deleg():
    yield from sub()
    yield "after"
d = deleg()
print(next(d))
print(d.throw(KeyError))
print(next(d))

# throw forms
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("catcher:", type(e).__name__, e.args)
ct = catcher()
next(ct)
ct.throw(ValueError)
ct.throw(ValueError, "v")
ct.throw(ValueError("inst"))
try:
    ct.throw(ValueError("inst"), "extra")
except TypeError as e:
    print(e)
try:
    ct.throw(1)
except TypeError as e:
    print(e)

# attributes
def ga():
    yield 1
gg = ga()
print(gg.gi_running, gg.gi_frame is not None, gg.gi_code.co_name, gg.__name__, gg.__qualname__)
print(repr(gg).startswith("<generator object ga at 0x"))
list(gg)
print(gg.gi_frame)
print(iter(gg) is gg)

# generator expressions
print(sum(x * x for x in range(10)))
print(list((a, b) for a in range(3) for b in range(a)))
ge = (x for x in [1, 2])
print(type(ge).__name__, next(ge), next(ge), next(ge, "end"))

# sys.exception inside generators
import sys
def exc_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()
eg = exc_gen()
print(repr(next(eg)))
try:
    raise ValueError("outer")
except ValueError:
    print(repr(next(eg)))
    print(repr(next(eg)))
print(repr(sys.exception()))

# return value through yield from chain
def r1():
    return 5
    yield
def r2():
    v = yield from r1()
    return v * 2
def r3():
    v = yield from r2()
    print("r3", v)
list(r3())
