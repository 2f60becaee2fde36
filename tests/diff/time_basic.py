import time
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
a = time.time(); b = time.time_ns(); m1 = time.monotonic(); m2 = time.monotonic()
print(type(a).__name__, type(b).__name__, m2 >= m1, a > 1.6e9, abs(b / 1e9 - a) < 5)
p1 = time.perf_counter(); time.sleep(0.01); p2 = time.perf_counter(); print(p2 - p1 >= 0.009)
print(type(time.process_time()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
t(time.sleep, -1); t(time.sleep, 'x'); t(time.sleep, 0)
for s in [0, 86399, 86400, 951782400, 1e9, 1234567890, -1, -86401, 2**31, 10**10, 253402300799, -62135596800]:
    g = time.gmtime(s); print(g)
    print(g.tm_year, g[0], len(g), tuple(g), g.tm_yday, g.tm_wday)
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %% %c %x %X %e %D %T %F %R', g))
    print(time.asctime(g), time.mktime(g) == s // 1 if isinstance(s, int) else time.mktime(g))
t(time.strftime, '%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)); t(time.strftime, '%Y', (2020, 1, 1, 25, 0, 0, 0, 1, 0))
t(time.strftime, 1); t(time.strftime, '%Y', (1, 2)); t(time.gmtime, 'x'); t(time.gmtime, float('nan'))
t(time.strftime, '%d/%m', (2020, 0, 0, 0, 0, 0, 0, 0, 0))
print(time.strftime('%H:%M', (2021, 5, 6, 7, 8, 9, 3, 126, 0)), time.asctime((2021, 5, 6, 7, 8, 9, 3, 126, 0)))
print(time.ctime(0), time.timezone, time.altzone, time.daylight, isinstance(time.gmtime(), time.struct_time))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5, time.tzset(), type(time.thread_time_ns()).__name__)
t(time.clock_gettime, 1.5)
