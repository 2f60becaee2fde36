# async def / await / async for / async with / async comprehensions, driven by hand.
class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield 'suspended'
        return self.value


async def add(a, b):
    x = await Awaitable(a)
    return x + b


async def main():
    total = await add(1, 2)
    total += await add(10, 20)
    return total


def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps


print(run(main()))


class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Awaitable(self.i)


class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'resource'

    async def __aexit__(self, typ, val, tb):
        print('aexit', typ.__name__ if typ else None)
        return True


async def use_async_for():
    out = []
    async for v in AIter(3):
        if v == 2:
            continue
        out.append(v)
    else:
        out.append('else')
    async for v in AIter(5):
        if v == 2:
            break
    return out


print(run(use_async_for())[0])


async def use_async_with():
    async with ACM() as r:
        print('inside', r)
    async with ACM():
        raise ValueError('suppressed by aexit')
    async with ACM() as r:
        return 'returned ' + r


print(run(use_async_with())[0])


async def comprehensions():
    a = [v async for v in AIter(3)]
    b = [await Awaitable(i) for i in range(2)]
    c = {v: v * v async for v in AIter(2) if v}
    return a, b, c


print(run(comprehensions())[0])


async def agen():
    for i in range(2):
        yield i
        await Awaitable(None)


m = main()
print(type(m).__name__, main.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
m.close()
for src in ['async def f():\n    yield from x\n', 'def f():\n    async for x in y: pass\n',
            'def f():\n    async with x: pass\n', 'def f():\n    [x async for x in y]\n',
            'async def f():\n    yield 1\n    return 2\n', 'def f():\n    await x\n']:
    try:
        compile(src, 'case.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
