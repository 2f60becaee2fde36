# yield from: delegation, return values, send/throw pass-through.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield 3
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("inner caught", e)
def delegator():
    yield from catcher()
d = delegator()
next(d)
d.throw(KeyError("k1"))
d.throw(KeyError("k2"))
try:
    d.throw(ValueError("v"))
except ValueError as e:
    print("outer saw", e)
def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")
c = closing_outer()
next(c)
c.close()
def ret_gen():
    return (yield from range(3)) or "none"
def wrap():
    v = yield from ret_gen()
    yield v
print(list(wrap()))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def stop_value():
    yield from ()
    return 42
def get():
    r = yield from stop_value()
    print("r =", r)
    yield r
print(list(get()))
def sender():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def mid():
    res = yield from sender()
    yield "mid:" + str(res)
m = mid()
print(next(m), m.send(5), m.send(6), m.send(None))
