S = r'''
def g():
    try:
        yield 1
    finally:
        yield 'in finally'
it = g()
print(next(it))
print(it.throw(ValueError('x')))
try:
    next(it)
except ValueError as e: print('re-raised after finally', e)
###
def g():
    try:
        raise KeyError('k')
    except KeyError:
        yield 'in except'
        raise
it = g()
print(next(it))
try:
    next(it)
except KeyError as e: print('bare raise after yield', e)
###
def g():
    try:
        yield
    except Exception as e:
        yield type(e).__name__
        yield repr(e.__context__)
it = g(); next(it)
try:
    raise IndexError('ctx')
except IndexError:
    print(it.throw(TypeError('t')))
print(next(it))
###
def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen(); next(g)
print([g.send(i) for i in range(4)])
###
def inner():
    try:
        yield 1
    except ValueError:
        return 'handled'
def outer():
    r = yield from inner()
    yield r
o = outer(); next(o)
print(o.throw(ValueError))
###
def g():
    yield 1
it = g()
print(it.gi_frame is not None, it.gi_code.co_name)
list(it)
print(it.gi_frame)
###
def g():
    yield g_ref.gi_running
g_ref = g()
print(next(g_ref))
###
def g():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally seen')
it = g(); next(it)
it.close(); it.close()
print('double close ok')
###
def g():
    yield 1
    yield 2
it = g()
next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e: print(type(e).__name__, e)
###
def g():
    return 'x'
    yield
it = g()
try:
    it.throw(ValueError('unstarted'))
except ValueError as e: print('thrown into unstarted', e)
try:
    next(it)
except StopIteration as e: print('after throw: exhausted', e.value)
###
async def a():
    return 1
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def b():
    try:
        return await a() + 1
    finally:
        print('b finally')
print(drive(b()))
###
class AsyncCM:
    async def __aenter__(self): print('aenter'); return self
    async def __aexit__(self, *exc):
        print('aexit', exc[0].__name__ if exc[0] else None)
        return False
async def use():
    for i in range(3):
        async with AsyncCM():
            if i == 1: break
            if i == 0: continue
    try:
        async with AsyncCM():
            raise ValueError('inside')
    except ValueError as e:
        print('propagated', e)
    async with AsyncCM() as cm:
        return 'returned'
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(drive(use()))
###
async def noawait(): pass
c = noawait()
print(c.cr_running, c.cr_await, type(c.__await__()).__name__)
c.close()
###
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    for i in range(3):
        yield i
async def main():
    g = agen()
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed agen exhausted')
    return [i async for i in agen()]
print(drive(main()))
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
