async def f():
    await x
    await f(1)
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    return [x async for x in y]
async def g():
    x = await y
    y = await a.b()
    z = -await q
    w = await a ** 2
    return {x: y async for x, y in z}
