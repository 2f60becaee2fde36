# Generators re-entered while running, closed while running, thrown into
# while suspended in odd states (bpo-29590, bpo-30039 family).
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def selfnext():
    yield next(g)
g = selfnext()
attempt("next inside itself", lambda: next(g))
attempt("after failure", lambda: next(g))

def selfsend():
    x = yield 1
    yield h.send(x)
h = selfsend()
next(h)
attempt("send inside itself", lambda: h.send(5))

def selfclose():
    yield c.close()
c = selfclose()
attempt("close inside itself", lambda: next(c))

def selfthrow():
    yield t.throw(ValueError("x"))
t = selfthrow()
attempt("throw inside itself", lambda: next(t))

def ignore_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
ie = ignore_exit()
next(ie)
attempt("ignored GeneratorExit", ie.close)
attempt("finish it", lambda: ie.throw(KeyError("end")))

def raise_stop():
    yield 1
    raise StopIteration("inner")
attempt("StopIteration inside", lambda: list(raise_stop()))

def fin():
    yield 1
    yield 2
f = fin()
attempt("list", lambda: list(f))
attempt("gi_frame after finish", lambda: f.gi_frame)
attempt("gi_running", lambda: f.gi_running)
attempt("send non-None first", lambda: fin().send(3))
attempt("throw into fresh", lambda: fin().throw(KeyError("fresh")))
attempt("throw type+value", lambda: fin().throw(ValueError, ValueError("v")))
attempt("throw bad", lambda: fin().throw(1))
def yf():
    yield from inner
inner = iter([1, 2])
y = yf()
attempt("yield from list", lambda: list(y))

def deleg():
    r = yield from sub()
    yield r
def sub():
    yield 1
    return "ret"
d = deleg()
attempt("delegation", lambda: (next(d), next(d)))

def frame_peek():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back is not None
fp = frame_peek()
attempt("frame inside gen", lambda: list(fp))

def gen_in_gen():
    yield list(gg)
gg = gen_in_gen()
attempt("list(self)", lambda: next(gg))

async def coro():
    return 5
co = coro()
attempt("coro send", lambda: co.send(None))
attempt("coro reuse", lambda: co.send(None))
async def selfawait():
    await sa
sa = selfawait()
attempt("coro awaits itself", lambda: sa.send(None))
ge = (x for x in [1])
attempt("genexp", lambda: (next(ge), ge.gi_frame is None, list(ge), ge.gi_frame))
def closing():
    try:
        yield 1
    finally:
        print("  finally runs")
cl = closing()
next(cl)
attempt("close runs finally", cl.close)
attempt("close again", cl.close)
