# generator/coroutine frames used after the fact: f_locals writes, f_back chains of finished frames,
# gen.throw with odd arguments, close() inside finally, yield from a generator that is closed under it
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

def g1():
    x = 1
    yield sys._getframe()
    yield x
gen = g1()
fr = next(gen)
attempt("f_locals of suspended gen", lambda: sorted(fr.f_locals))
fr.f_locals["x"] = 99
attempt("write f_locals then resume", lambda: next(gen))
attempt("finish", lambda: list(gen))
attempt("frame after finish", lambda: (fr.f_lineno > 0, fr.f_code.co_name, sorted(fr.f_locals)))
attempt("f_back of finished gen frame", lambda: fr.f_back)
attempt("clear finished frame", lambda: fr.clear())
def g2():
    yield sys._getframe()
gen2 = g2()
fr2 = next(gen2)
attempt("clear suspended frame", lambda: fr2.clear())
attempt("gen after frame cleared", lambda: list(gen2))
def running_clear():
    sys._getframe().clear()
attempt("clear running frame", running_clear)
def outer():
    def inner():
        return sys._getframe(1)
    return inner()
of = outer()
attempt("caller frame after return", lambda: (of.f_code.co_name, of.f_back is not None))
attempt("caller frame locals", lambda: sorted(of.f_locals))
def tb_gen():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        yield e.__traceback__
tg = tb_gen()
next(tg)
tb = next(tg)
attempt("tb of gen frame", lambda: (tb.tb_frame.f_code.co_name, tb.tb_lineno > 0))
tg.close()
attempt("tb after gen closed", lambda: tb.tb_frame.f_locals.get("e").__class__.__name__)
def g3():
    yield 1
attempt("throw instance and type", lambda: g3().throw(ValueError, KeyError("k")))
attempt("throw type and non-exc value", lambda: g3().throw(ValueError, 5))
attempt("throw type and tuple", lambda: g3().throw(ValueError, (1, 2)))
attempt("throw bad tb", lambda: g3().throw(ValueError, None, 5))
attempt("throw instance with value", lambda: g3().throw(ValueError("a"), 1))
attempt("throw non-exception class", lambda: g3().throw(int))
attempt("throw GeneratorExit fresh", lambda: g3().throw(GeneratorExit))
attempt("throw StopIteration fresh", lambda: g3().throw(StopIteration))
done = []
def catching():
    while True:
        try:
            yield
        except GeneratorExit:
            if done:
                raise
            print("   caught GeneratorExit")
        except BaseException as e:
            print("   caught", type(e).__name__)
c = catching()
next(c)
attempt("throw into catcher", lambda: c.throw(KeyError))
attempt("throw KeyboardInterrupt", lambda: c.throw(KeyboardInterrupt))
attempt("close catcher", lambda: c.close())
done.append(1)
attempt("close catcher again", lambda: c.close())
def closes_self():
    try:
        yield 1
    finally:
        me.close()
me = closes_self()
next(me)
attempt("close inside finally", lambda: me.close())
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("   sub finally")
def delegator():
    s = sub()
    holder.append(s)
    r = yield from s
    return r
holder = []
d = delegator()
next(d)
attempt("close inner under yield from", lambda: holder[0].close())
attempt("resume delegator", lambda: next(d))
holder = []
d = delegator()
next(d)
attempt("throw into inner directly", lambda: holder[0].throw(ValueError("inner")))
attempt("resume delegator 2", lambda: next(d))
def send_to_running():
    yield gen_sr.send(None)
gen_sr = send_to_running()
attempt("send to running", lambda: next(gen_sr))
def yf_iter():
    return (yield from iter([1, 2]))
y = yf_iter()
next(y)
attempt("send to plain iterator under yield from", lambda: y.send(5))
attempt("throw to plain iterator under yield from", lambda: yf_iter().throw(KeyError("k")))
y2 = yf_iter()
next(y2)
attempt("throw to plain iterator suspended", lambda: y2.throw(KeyError("k2")))
def deep_gen(n):
    if n:
        yield from deep_gen(n - 1)
    else:
        yield sys._getframe()
attempt("deep yield from", lambda: next(deep_gen(100)).f_code.co_name)
attempt("very deep yield from", lambda: next(deep_gen(100000)))
def gen_locals():
    a = 1
    yield locals()
    b = 2
    yield locals()
gl = gen_locals()
l1 = next(gl)
l1["a"] = 50
attempt("locals snapshot", lambda: (sorted(next(gl).items())))
attempt("gi_frame.f_locals after finish", lambda: (list(gl), gl.gi_frame))
attempt("gi_code", lambda: gl.gi_code.co_name)
attempt("gi_yieldfrom", lambda: gl.gi_yieldfrom)
attempt("gi_suspended", lambda: getattr(gl, "gi_suspended", "n/a"))
def ignoring():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignoring()
fi = None
def grab():
    global fi
    fi = sys._getframe()
    yield 1
gg = grab()
next(gg)
attempt("clear frame of suspended gen closes it", lambda: (fi.clear(), gg.gi_frame, list(gg)))
