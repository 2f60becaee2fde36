import sys
def f():
    x = 1
    fr = sys._getframe()
    print(fr.f_locals['x'], fr.f_globals is globals(), fr.f_code.co_name, fr.f_back.f_code.co_name, type(fr).__name__)
    print(fr.f_lineno, fr.f_back.f_lineno)
f()
def g():
    yield sys._getframe().f_back.f_code.co_name
print(next(g()))
def h():
    a = 1
    yield
    b = 2
    yield
gen = h()
next(gen)
print(sorted(gen.gi_frame.f_locals))
next(gen)
print(sorted(gen.gi_frame.f_locals))
print(gen.gi_frame.f_back)
try:
    sys._getframe(100)
except ValueError as e: print(e)
def tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        t = e.__traceback__
        print(t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_next, type(t).__name__)
tb()
def outer():
    try:
        inner()
    except ValueError as e:
        t = e.__traceback__
        names = []
        while t:
            names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
            t = t.tb_next
        print(names)
def inner():
    raise ValueError
outer()
print(sys._getframe().f_code.co_name, __name__)
