# Generator, coroutine and frame objects used in unusual ways: gi_frame
# locals after exceptions, frames of closed generators, yield inside
# finally during close, throw() with tracebacks, generator in its own
# __del__-free cycles (bpo-29590, bpo-28629).
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2
g = yield_in_finally()
next(g)
attempt("close with yield in finally", g.close)
attempt("after bad close", lambda: next(g))
def catch_all():
    while True:
        try:
            yield
        except BaseException as e:
            pass
g2 = catch_all()
next(g2)
attempt("throw GeneratorExit caught", lambda: g2.throw(GeneratorExit))
def tb_gen():
    yield 1
g3 = tb_gen()
next(g3)
try:
    raise KeyError("with tb")
except KeyError as e:
    err = e
attempt("throw with traceback", lambda: g3.throw(err))
attempt("throw after finish", lambda: g3.throw(ValueError("late")))
def locals_gen():
    a = 1
    yield locals()
    b = 2
    yield locals()
g4 = locals_gen()
attempt("locals in gen", lambda: (sorted(next(g4)), sorted(next(g4))))
attempt("gi_frame.f_locals", lambda: sorted(g4.gi_frame.f_locals))
attempt("gi_code name", lambda: g4.gi_code.co_name)
attempt("gi_yieldfrom", lambda: g4.gi_yieldfrom)
g4.close()
attempt("gi_frame after close", lambda: g4.gi_frame)
def cyc():
    me = yield
    yield me
c = cyc()
next(c)
attempt("generator holding itself", lambda: c.send(c) is c)
def deep_yield_from(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep_yield_from(n - 1)
attempt("yield from 500 deep", lambda: next(deep_yield_from(500)))
attempt("yield from 100000 deep", lambda: next(deep_yield_from(100000)))
def send_gen():
    while True:
        x = yield
        if x is None:
            return "done"
sg = send_gen()
next(sg)
attempt("send StopIteration value", lambda: sg.send(None))
attempt("send to finished", lambda: sg.send(1))
async def agen():
    yield 1
ag = agen()
attempt("async gen asend", lambda: type(ag.asend(None)).__name__)
attempt("async gen aclose type", lambda: type(ag.aclose()).__name__)
async def co():
    pass
cobj = co()
attempt("coroutine throw", lambda: cobj.throw(ValueError("c")))
attempt("coroutine after throw", lambda: cobj.send(None))
attempt("frame of module f_back", lambda: sys._getframe().f_back)
attempt("frame clear executing", lambda: sys._getframe().clear())
