async def agen():
    try:
        x = yield 1
        print('agen got', x)
        yield 2
    finally:
        print('agen finally')

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(type(g).__name__, g.__name__)
print(run(g.__anext__()))
print(run(g.asend('sent')))
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', repr(e))

g = agen()
run(g.__anext__())
try:
    run(g.athrow(ValueError('thrown')))
except ValueError as e:
    print('athrow propagated', e)

g = agen()
run(g.__anext__())
print(run(g.aclose()))

async def catching():
    while True:
        try:
            yield 'ready'
        except KeyError as e:
            yield 'caught ' + str(e)
g = catching()
print(run(g.__anext__()))
print(run(g.athrow(KeyError('k'))))

async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(collect()))

async def comp():
    return [v * 10 async for v in agen() if v > 1]
print(run(comp()))

async def ret_in_agen():
    yield 1
    return
print(run(collect.__class__ and comp()))
async def stop_inside():
    yield 1
    raise StopAsyncIteration
async def use_stop():
    return [x async for x in stop_inside()]
try:
    run(use_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
g = agen()
print(hasattr(g, '__aiter__'), g.__aiter__() is g, g.ag_running)
async def genexp_user():
    ge = (x async for x in agen())
    return type(ge).__name__
print(run(genexp_user()))
