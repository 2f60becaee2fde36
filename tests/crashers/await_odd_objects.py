# await on odd objects; __await__ returning non-iterators; coroutine reuse (bpo-32751...)
import types
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        out.append(("ret", e.value))
    return out

class AwNone:
    def __await__(self): return None
class AwList:
    def __await__(self): return [1, 2]
class AwIter:
    def __await__(self): return iter([1, 2])
class AwCoro:
    def __await__(self):
        async def c(): return 1
        return c()
class AwGen:
    def __await__(self):
        yield 7
        return 8
class AwRaise:
    def __await__(self): raise KeyError("aw")
class AwSelf:
    def __await__(self): return self
    def __next__(self): raise StopIteration(42)
    def __iter__(self): return self
async def await_it(x):
    return await x
for cls in (AwNone, AwList, AwIter, AwGen, AwRaise, AwSelf):
    attempt(cls.__name__, lambda: run(await_it(cls())))
attempt("await int", lambda: run(await_it(5)))
attempt("await gen", lambda: run(await_it((i for i in range(3)))))
@types.coroutine
def gcoro():
    yield 1
    return 2
attempt("await types.coroutine", lambda: run(await_it(gcoro())))
async def simple():
    return 3
c = simple()
attempt("first", lambda: run(c))
attempt("reuse", lambda: run(c))
c = simple()
aw = c.__await__()
attempt("await-iter send", lambda: run(aw))
attempt("await-iter again", lambda: run(aw))
async def selfawait():
    await me
me = selfawait()
attempt("self await", lambda: run(me))
async def throwing():
    try:
        await AwGen()
    except ValueError as e:
        return "caught %s" % e
t = throwing()
t.send(None)
attempt("throw in", lambda: t.throw(ValueError("v")))
t = throwing()
t.send(None)
attempt("throw type", lambda: t.throw(ValueError))
attempt("throw closed", lambda: t.throw(ValueError))
t = throwing()
attempt("close fresh", lambda: t.close())
t = throwing()
t.send(None)
attempt("cr_await", lambda: type(t.cr_await).__name__)
attempt("cr_frame", lambda: t.cr_frame.f_code.co_name)
attempt("cr_running", lambda: t.cr_running)
t.close()
attempt("cr_frame after", lambda: t.cr_frame)
async def wrap_stop():
    raise StopIteration
attempt("StopIteration in coro", lambda: run(wrap_stop()))
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
attempt("deep await", lambda: run(deep(50)))
attempt("deep await recursion", lambda: type(run(deep(100000))))
class AsyncCM:
    async def __aenter__(self): return 1
    __aexit__ = None
async def use_cm():
    async with AsyncCM() as x:
        return x
attempt("aexit None", lambda: run(use_cm()))
class AsyncIt:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def use_it():
    async for x in AsyncIt():
        return x
attempt("anext non-awaitable", lambda: run(use_it()))
async def comp():
    return [x async for x in AsyncIt()]
attempt("async comp non-awaitable", lambda: run(comp()))
