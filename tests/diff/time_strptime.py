# time.strptime, time.get_clock_info, and time.struct_time's fields and
# constructor.
import time

cases = [('2020-01-02', '%Y-%m-%d'), ('30 Nov 00', '%d %b %y'), ('Tue Mar  5 14:03:09 2024', '%a %b %d %H:%M:%S %Y'),
         ('12:30:15 PM', '%I:%M:%S %p'), ('1999 365', '%Y %j'), ('2024 10 3', '%Y %U %w'), ('Feb 29', '%b %d'),
         ('2021-W05-3', '%G-W%V-%u'), ('2020%', '%Y%%')]
for s, f in cases:
    t = time.strptime(s, f)
    print(repr(s), f, t, tuple(t), t.tm_yday, t.tm_wday)

print(time.strptime('Thu Jan  1 00:00:00 1970'))
bad = [('2020-13-01', '%Y-%m-%d'), ('abc', '%Y'), ('2020-01-01x', '%Y-%m-%d'), ('2020', '%Y %V')]
for s, f in bad:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
for args in [(5, '%Y'), ('2020', 5), (), ('a', 'b', 'c')]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print('TypeError', e)

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution, sorted(vars(info)))
for bad in ('nope', 5):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

fields = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
          'tm_zone', 'tm_gmtoff']
d = dir(time.struct_time)
print([f for f in fields if f in d], 'n_fields' in d)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
st = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print(st, st.tm_year, st[0], len(st), isinstance(st, tuple), type(st).__name__)
print(time.strftime('%Y-%m-%d %H:%M:%S', st))
match st:
    case time.struct_time(tm_year=y, tm_mon=m):
        print('match', y, m)
g = time.gmtime(86400 * 365)
print(g, g.tm_gmtoff)
print(time.struct_time(list(range(9))))
print(time.struct_time(range(10)))
for bad in [(1, 2), range(12), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
print(time.clock_getres(time.CLOCK_REALTIME), time.clock_getres(time.CLOCK_MONOTONIC))
for args in [(1.5,), (), (1, 2)]:
    try:
        time.clock_getres(*args)
    except TypeError as e:
        print('TypeError', e)

# struct_time pickles and copies as itself.
import copy
import pickle
t = time.gmtime(10 ** 9)
print([pickle.loads(pickle.dumps(t, p)) == t and type(pickle.loads(pickle.dumps(t, p))).__name__ for p in range(6)])
print(copy.copy(t) == t, type(copy.deepcopy(t)).__name__, t[1:3], t + (1,), hash(t) == hash(tuple(t)))
print(time.mktime(time.strptime('2001-09-09 01:46:40', '%Y-%m-%d %H:%M:%S')))
