# async def / await / async for / async with, driven by hand (no asyncio).
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("suspend", self.tag)
        return f"{self.tag} resumed with {got}"
async def inner(x):
    r = await Sleep(f"inner{x}")
    return r + " -> done"
async def outer():
    a = await inner(1)
    b = await inner(2)
    return [a, b]
def drive(coro):
    value = None
    steps = []
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        steps.append(req)
        value = len(steps)
c = outer()
print(type(c).__name__, c.__qualname__)
print(drive(c))
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep("anext")
        return self.i * 10
class ACtx:
    async def __aenter__(self):
        print("aenter")
        return "ctx-value"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
async def use_all():
    out = []
    async for v in AIter(3):
        out.append(v)
    async with ACtx() as cv:
        out.append(cv)
        raise ValueError("suppressed by aexit")
    out.append([x async for x in AIter(2)])
    return out
print(drive(use_all())[1])
async def agen():
    for i in range(3):
        yield i
        await Sleep("gen")
async def consume():
    return [v async for v in agen()]
print(drive(consume()))
async def fails():
    await Sleep("before")
    raise KeyError("inside coroutine")
try:
    drive(fails())
except KeyError as e:
    print("propagated", e)
co = inner(9)
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print(e)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print(e)
for src in ["def f():\n    await x\n", "async def f():\n    yield from x\n", "def g():\n    async for x in y:\n        pass\n"]:
    try:
        compile(src, "<a>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
