# timeit: Timer, timeit, repeat, autorange with deterministic fake timers
import itertools
import timeit


class FakeClock:
    """Each call advances by `step` seconds."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


calls = []


def stmt():
    calls.append(1)


t = timeit.Timer(stmt, timer=FakeClock(0.5))
print(t.timeit(3), len(calls))
print(t.repeat(3, 2), len(calls))
print(timeit.timeit(stmt, number=4, timer=FakeClock(0.25)), len(calls))
print(timeit.repeat(stmt, repeat=2, number=1, timer=FakeClock(1.0)), len(calls))

# string statements, setup, globals
counter = {"n": 0}
t = timeit.Timer("d['n'] += x", setup="x = 2", timer=FakeClock(1), globals={"d": counter})
t.timeit(5)
print(counter)
ns = {"items": []}
timeit.timeit("items.append(len(items))", number=3, globals=ns, timer=FakeClock(1))
print(ns["items"])
print(timeit.timeit("y = 1\nz = y + 1", "w = 0\nv = 1", number=10, timer=FakeClock(0.125)))
print(timeit.timeit(number=7, timer=FakeClock(2)))
seen = []
timeit.timeit(lambda: seen.append("s"), setup=lambda: seen.append("setup"), number=2,
              timer=FakeClock(1))
print(seen)
results = []
n, taken = timeit.Timer(stmt, timer=lambda: len(calls) * 0.01).autorange(
    lambda number, t: results.append((number, round(t, 6))))
print(n, round(taken, 6), results)
print(timeit.Timer("pass", timer=FakeClock(0.3)).autorange())

# real timer: only check types and non-negativity
r = timeit.timeit("sum(range(10))", number=100)
print(type(r).__name__, r >= 0)
print(len(timeit.repeat("pass", repeat=3, number=10)))
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number,
      timeit.default_repeat, timeit.dummy_src_name)
print(timeit.Timer("x = 1").src)
print(repr(timeit.reindent("a\nb", 4)))

# errors
for kwargs in [dict(stmt=1), dict(setup=2), dict(stmt=None)]:
    try:
        timeit.Timer(**kwargs)
    except ValueError as e:
        print("ValueError", e)
for args in [("x = ",), ("pass", "def f(:"), ("return 1",), ("break",), ("x = 1", "    y = 2")]:
    try:
        timeit.Timer(*args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(timeit.timeit("pass", number=0, timer=FakeClock(1)))
