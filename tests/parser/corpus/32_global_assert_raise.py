global a
global a, b, c
def f():
    nonlocal_ = 1
    def g():
        nonlocal x
        nonlocal x, y
assert x
assert x, "message"
assert (x, y)
raise
raise E
raise E("msg")
raise E from e
raise E from None
