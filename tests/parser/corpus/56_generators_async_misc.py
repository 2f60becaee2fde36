async def agen():
    for i in range(3):
        yield i
        await sleep(0)

async def main():
    async for v in agen():
        print(v)
    result = [v async for v in agen() if v]
    gen = (v async for v in agen())
    async with lock:
        pass
    return await gather(*[f(i) for i in range(3)])
