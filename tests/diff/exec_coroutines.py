# Coroutines driven by send() (no event loop).

class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        value = yield self
        return value

async def child(x):
    v = await Future()
    return x + v

async def parent():
    a = await child(1)
    b = await child(10)
    return a * b

c = parent()
print(type(c).__name__)
fut = c.send(None)
print(type(fut).__name__)
fut = c.send(5)
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)

async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)

async def ctx_user():
    class ACM:
        async def __aenter__(self):
            print("aenter")
            return "val"
        async def __aexit__(self, *a):
            print("aexit", a[0])
            return False
    async with ACM() as v:
        print("inside", v)
    return "ok"
try:
    ctx_user().send(None)
except StopIteration as e:
    print(e.value)

async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print(e)
c2 = simple()
c2.close()
print("closed")
