# Frames and tracebacks kept alive after their function returned, and
# f_locals/f_back/tb_next of dead frames (bpo-31933, gh-93252 family).
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def keep():
    a = 1
    b = [2]
    return sys._getframe()
fr = keep()
attempt("f_locals", lambda: sorted(fr.f_locals))
attempt("f_locals values", lambda: fr.f_locals["b"])
attempt("f_code", lambda: fr.f_code.co_name)
attempt("f_lineno", lambda: type(fr.f_lineno).__name__)
attempt("f_globals", lambda: fr.f_globals is globals())
attempt("f_lasti type", lambda: type(fr.f_lasti).__name__)

def fail():
    x = "local of fail"
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    saved = e
tb = saved.__traceback__
attempt("tb_frame", lambda: tb.tb_frame.f_code.co_name)
attempt("tb_next frame", lambda: tb.tb_next.tb_frame.f_code.co_name)
attempt("dead locals", lambda: tb.tb_next.tb_frame.f_locals["x"])
attempt("tb_lineno", lambda: tb.tb_next.tb_lineno - tb.tb_next.tb_frame.f_code.co_firstlineno)
attempt("tb_next chain end", lambda: tb.tb_next.tb_next)
attempt("clear frame", lambda: tb.tb_next.tb_frame.clear())
attempt("after clear", lambda: tb.tb_next.tb_frame.f_locals)

def outer():
    def inner():
        return sys._getframe(1)
    return inner()
of = outer()
attempt("getframe(1)", lambda: of.f_code.co_name)
attempt("getframe huge", lambda: sys._getframe(10 ** 6))
attempt("getframe negative", lambda: sys._getframe(-1).f_code.co_name)
attempt("getframe 2**70", lambda: sys._getframe(2 ** 70))

def gen():
    yield sys._getframe()
g = gen()
gf = next(g)
attempt("gen frame", lambda: gf.f_code.co_name)
g.close()
attempt("closed gen frame locals", lambda: gf.f_locals)
attempt("gi_frame after close", lambda: g.gi_frame)

def with_tb():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()
info = with_tb()
attempt("exc_info after return", lambda: (info[0].__name__, str(info[1])))
attempt("tb frame of returned", lambda: info[2].tb_frame.f_code.co_name)
attempt("exc_info now", lambda: sys.exc_info())
def tb_cycle():
    try:
        raise KeyError("cycle")
    except KeyError as e:
        e.__traceback__.tb_frame.f_locals
        return e
ce = tb_cycle()
attempt("exception keeps frame", lambda: ce.__traceback__.tb_frame.f_code.co_name)
attempt("with_traceback None", lambda: ce.with_traceback(None).__traceback__)
attempt("with_traceback bad", lambda: ce.with_traceback(5))
attempt("set __traceback__ bad", lambda: setattr(ce, "__traceback__", "x"))
