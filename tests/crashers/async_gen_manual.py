# async generators driven by hand: asend/athrow/aclose reused, re-entered (bpo-33786, bpo-35409)
import types
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

def drive(aw):
    it = aw.__await__()
    out = []
    try:
        while True:
            out.append(it.send(None))
    except StopIteration as e:
        out.append(("ret", e.value))
    return out

async def ag():
    try:
        yield 1
        yield 2
    finally:
        yield 3

g = ag()
attempt("asend first", lambda: drive(g.asend(None)))
attempt("asend nonnone fresh", lambda: drive(ag().asend(5)))
a = g.asend(None)
attempt("asend reuse 1", lambda: drive(a))
attempt("asend reuse 2", lambda: drive(a))
attempt("aclose yielding in finally", lambda: drive(g.aclose()))
attempt("aclose again", lambda: drive(g.aclose()))
attempt("asend after close", lambda: drive(g.asend(None)))

g = ag()
attempt("athrow fresh", lambda: drive(g.athrow(ValueError("x"))))
attempt("athrow closed", lambda: drive(g.athrow(ValueError("y"))))
g = ag()
drive(g.asend(None))
attempt("athrow type only", lambda: drive(g.athrow(KeyError)))
g = ag()
attempt("athrow bad", lambda: drive(g.athrow(5)))
attempt("athrow 3 args", lambda: drive(ag().athrow(ValueError, ValueError("a"), None)))
g = ag()
drive(g.asend(None))
a1 = g.asend(None)
a2 = g.asend(None)
i1 = a1.__await__()
attempt("interleave 1", lambda: i1.send(None))
i2 = a2.__await__()
attempt("interleave 2", lambda: i2.send(None))
attempt("throw into asend", lambda: g.asend(None).throw(KeyError("k")))
attempt("close asend", lambda: g.asend(None).close())

async def reenter():
    await rag.asend(None)
    yield 1
async def rag_gen():
    yield 0
rag = rag_gen()
async def self_ag():
    yield await sg.asend(None)
sg = self_ag()
attempt("self asend", lambda: drive(sg.asend(None)))

@types.coroutine
def suspend():
    yield "susp"
async def ag2():
    await suspend()
    yield 1
g2 = ag2()
s = g2.asend(None)
attempt("suspend step", lambda: s.send(None))
attempt("second asend while running", lambda: g2.asend(None).send(None))
attempt("finish", lambda: s.send(None))

async def bad_yield_from_finally():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = bad_yield_from_finally()
drive(g3.asend(None))
attempt("aclose ignoring exit", lambda: drive(g3.aclose()))
async def raising():
    raise StopAsyncIteration("inner")
    yield
attempt("StopAsyncIteration inside", lambda: drive(raising().asend(None)))
async def stopit():
    raise StopIteration("si")
    yield
attempt("StopIteration inside", lambda: drive(stopit().asend(None)))
attempt("ag_await", lambda: ag().ag_await)
attempt("ag_frame", lambda: type(ag().ag_frame).__name__)
attempt("ag_running", lambda: ag().ag_running)
async def simple_ag():
    yield 1
sa = simple_ag()
attempt("anext builtin", lambda: drive(anext(sa)))
attempt("anext exhausted default", lambda: drive(anext(sa, "dflt")))
attempt("anext exhausted", lambda: drive(anext(sa)))
attempt("anext default throw", lambda: anext(simple_ag(), 5).throw(KeyError("t")))
attempt("anext default close", lambda: anext(simple_ag(), 5).close())
attempt("anext default send", lambda: anext(simple_ag(), 5).send(None))
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
attempt("anext default non-awaitable", lambda: drive(anext(BadAnext(), 1)))
attempt("anext no default non-awaitable", lambda: anext(BadAnext()))
attempt("anext default", lambda: drive(anext(raising(), "dflt")))
attempt("anext non-agen", lambda: anext(5))
attempt("aiter non", lambda: aiter(5))
class AI:
    def __aiter__(self): return 5
attempt("aiter bad return", lambda: aiter(AI()))
