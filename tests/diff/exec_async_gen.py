# Async generators: async for, comprehensions, asend/aclose, StopAsyncIteration.
async def agen(n):
    for i in range(n):
        yield i
        
async def main():
    r = [v async for v in agen(3)]
    async for x in agen(2):
        r.append(x * 10)
    g = agen(5)
    r.append(await g.__anext__())
    r.append(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        r.append("stop")
    return r
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(agen(1).__class__.__name__, repr(agen(1)).split(" at ")[0])
async def bad():
    yield 1
    raise StopAsyncIteration
async def drive():
    out = []
    try:
        async for v in bad():
            out.append(v)
    except RuntimeError as e:
        out.append(str(e))
    return out
try:
    drive().send(None)
except StopIteration as e:
    print(e.value)
