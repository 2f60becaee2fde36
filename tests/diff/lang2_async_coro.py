import types
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('suspend', self.v)
        return f'awaited {self.v} got {got}'

async def coro(x):
    r = await Awaitable(x)
    print('coro got', r)
    return x * 2

c = coro(5)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
try:
    c.send('resume')
except StopIteration as e:
    print('result', e.value)

async def simple():
    return 'simple'
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def chain():
    a = await coro(1)
    b = await coro(2)
    return a + b
c = chain()
v = c.send(None)
while True:
    try:
        v = c.send('r')
        print('yielded', v)
    except StopIteration as e:
        print('chain result', e.value)
        break

class BadAwait:
    def __await__(self): return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad2():
    await 5
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)

# throw into coroutine
async def catcher():
    try:
        await Awaitable('t')
    except ValueError as e:
        return 'caught ' + str(e)
c = catcher()
c.send(None)
try:
    c.throw(ValueError('boom'))
except StopIteration as e:
    print(e.value)

# close
c = coro(3)
c.send(None)
c.close()
print('closed', c.cr_frame is None)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# reuse of finished coroutine
c = simple()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# async with / async for
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'ctx'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None)
        return True
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def user():
    async with ACM() as v:
        print('in', v)
        raise KeyError('suppressed')
    out = []
    async for x in AIter():
        out.append(x)
    else:
        out.append('else')
    print(out)
    print([x async for x in AIter()])
    return 'user done'
try:
    user().send(None)
except StopIteration as e:
    print(e.value)

@types.coroutine
def legacy():
    v = yield 'legacy-yield'
    return v
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send('L')
except StopIteration as e:
    print(e.value)
print(c.cr_code.co_name, c.cr_running, hasattr(c, '__await__'))
async def f(): pass
print(type(f).__name__, f.__code__.co_flags & 0x80 != 0)
co = f()
co.close()
