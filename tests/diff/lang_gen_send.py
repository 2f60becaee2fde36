# Generator send/throw/close.
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "caught " + str(e)
        except GeneratorExit:
            print("closing")
            raise
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("bad")))
print(g.send(3))
g.close()
print("closed")
try:
    g.send(4)
except StopIteration:
    print("StopIteration after close")
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(e)
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
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
    print(e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(t))
u = thrower()
next(u)
try:
    u.throw(IndexError)
except IndexError as e:
    print("class thrown", type(e).__name__)
def fin():
    try:
        yield 1
    finally:
        print("cleanup")
h = fin()
next(h)
h.close()
h.close()
print("double close ok")
def closer():
    yield 1
c = closer()
c.close()
print(list(c))
def ret_in_except():
    try:
        yield 1
    except ValueError:
        return "handled"
r = ret_in_except()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("stop value", e.value)
