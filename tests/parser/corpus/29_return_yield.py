def f():
    return
def f():
    return 1
def f():
    return 1, 2
def f():
    return *a, *b
def f():
    yield
def f():
    yield 1
def f():
    yield 1, 2
def f():
    yield from g()
def f():
    x = yield
def f():
    x = yield from g()
def f():
    await_ = (yield)
def f():
    yield *a, b
