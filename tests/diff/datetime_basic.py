import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)

for args, kw in [((1,), {}), ((0, 1), {}), ((0, 0, 1),), ((1.5,), {}), ((), {'hours': 25.5}), ((), {'weeks': 1, 'minutes': -1}),
                 ((), {'microseconds': 0.5}), ((), {'microseconds': 1.5}), ((), {'microseconds': -0.5}), ((), {'seconds': 1e-7}),
                 ((), {'days': -1.25, 'seconds': 0.3, 'milliseconds': 2.5}), ((), {'days': 999999999}), ((-2, 86399, 999999), {})] if False else []:
    pass
cases = [((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((1.5,), {}), ((), {'hours': 25.5}), ((), {'weeks': 1, 'minutes': -1}),
         ((), {'microseconds': 0.5}), ((), {'microseconds': 1.5}), ((), {'microseconds': -0.5}), ((), {'seconds': 1e-7}),
         ((), {'days': -1.25, 'seconds': 0.3, 'milliseconds': 2.5}), ((), {'days': 999999999}), ((-2, 86399, 999999), {}),
         ((), {'days': 0.1, 'hours': 0.1, 'minutes': 0.1, 'seconds': 0.1, 'milliseconds': 0.1, 'microseconds': 0.1})]
for args, kw in cases:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
show('overflow', lambda: timedelta(days=10 ** 9))
show('bad type', lambda: timedelta(hours='1'))
a, b = timedelta(days=1, hours=2), timedelta(minutes=-30, seconds=7)
print(a + b, a - b, -b, abs(b), a * 3, 2.5 * a, a * 0.1, a / 3, a / 0.7, a / b, a // b, a // 4, a % b, divmod(a, b), a > b, a == timedelta(hours=26), bool(timedelta()))
show('td // 0', lambda: a // 0)
show('td < 1', lambda: a < 1 if False else None)
print(timedelta.min, timedelta.max, timedelta.resolution, hash(timedelta(1)) == hash(timedelta(hours=24)))

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(), d.timetuple())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), d.replace(day=1), date.fromordinal(738000), date.min, date.max)
print(d.isoformat(), str(d), format(d, '%d/%m/%Y'), f'{d:%A %B %-d}' if False else f'{d:%A %B %e}', f'{d}', d.strftime('%a %b %y %j %U %W %w %u %G %V %g %C %D %F %h %%'))
for s in ['2024-02-29', '20240229', '2024-W09-4', '2024W094', '2024-W09', '2024W09', '2024-02-30', '2024-2-29', '24-02-29', '2024-02-29T00', 2024]:
    show('date.fromisoformat ' + repr(s), lambda: date.fromisoformat(s))
show('fromisocalendar', lambda: date.fromisocalendar(2020, 53, 7))
show('fromisocalendar bad', lambda: date.fromisocalendar(2021, 53, 1))
for args in [(2023, 2, 29), (0, 1, 1), (2020, 13, 1), (10000, 1, 1), (2020, 1, 0), ('2020', 1, 1), (2020.0, 1, 1), (2020,)]:
    show('date%r' % (args,), lambda: date(*args))
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1))
show('date < datetime', lambda: date(2020, 1, 1) < datetime(2020, 1, 2))
show('date < 1', lambda: date(2020, 1, 1) < 1 if False else None)
for y in (2004, 2008, 2009, 2010, 2015, 2020, 2026, 1, 9999):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 12, 28).strftime('%G-%V-%u %U %W'))

t = time(13, 5, 9, 1234)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat('milliseconds'), t.isoformat('minutes'), t.isoformat('hours'), t.strftime('%I:%M %p %H'))
show('timespec bad', lambda: t.isoformat('weeks'))
tz = timezone(timedelta(hours=5, minutes=30))
ta = time(1, 2, tzinfo=tz)
print(ta, repr(ta), ta.utcoffset(), ta.tzname(), ta.dst(), time(1, tzinfo=timezone.utc) < time(2, tzinfo=tz), ta.replace(tzinfo=None))
show('naive vs aware', lambda: time(1) < ta)
print(time(1) == ta, hash(time(7, tzinfo=timezone.utc)) == hash(time(12, 30, tzinfo=tz)))
for s in ['12:30', '12:30:45', '12:30:45.123', '12:30:45.1234567', '1230', '123045', '12', '12:30:45+01:00', '12:30Z', 'T12:30', '12:3', '25:00', '12:30:45.']:
    show('time.fromisoformat ' + repr(s), lambda: time.fromisoformat(s))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10 ** 6)]:
    show('time%r' % (args,), lambda: time(*args))
show('time fold', lambda: time(fold=2))
show('tzinfo bad', lambda: time(tzinfo=1))

dtm = datetime(2024, 3, 10, 14, 30, 5, 250000)
print(dtm, repr(dtm), dtm.date(), dtm.time(), dtm.timetz(), dtm.ctime(), dtm.timetuple(), dtm.timestamp(), dtm.isoformat(), dtm.isoformat(' ', 'seconds'))
print(repr(datetime(2020, 1, 1, 0, 0, 1)), repr(datetime(2020, 1, 1, 1)), repr(datetime(2020, 1, 1, tzinfo=timezone.utc)), repr(datetime(2020, 1, 1, fold=1)))
print(dtm + timedelta(days=30, hours=12), dtm - timedelta(microseconds=250001), dtm - datetime(2024, 1, 1), datetime.combine(d, t), datetime.combine(d, ta))
aware = datetime(2024, 3, 10, 14, 30, tzinfo=tz)
print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc), aware.astimezone(timezone(timedelta(hours=-8), 'PST')), aware.timestamp(), aware.utctimetuple())
print(aware - datetime(2024, 3, 10, tzinfo=timezone.utc), aware == datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc), hash(aware) == hash(datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc)))
show('naive - aware', lambda: dtm - aware)
show('naive < aware', lambda: dtm < aware)
print(dtm == aware, datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1e9 + 0.5), datetime.fromtimestamp(1700000000.123456, tz), datetime.fromtimestamp(-1.5, timezone.utc))
for s in ['2024-03-10T14:30:05', '2024-03-10 14:30', '2024-03-10T14:30:05.5+02:00', '2024-03-10T14:30:05Z', '20240310T143005', '2024-03-10',
          '2024-03-10T14', '2024-03-10X14:30', '2024-W10-7T01:02', '2024-03-10T14:30:05-05', '2024-03-10T', 'garbage', '2024-03-10T14:30:05+0530']:
    show('datetime.fromisoformat ' + repr(s), lambda: datetime.fromisoformat(s))
for s, f in [('2024-03-10 14:30:05', '%Y-%m-%d %H:%M:%S'), ('10/03/24', '%d/%m/%y'), ('March 10, 2024', '%B %d, %Y'), ('Sun Mar 10 14:30:05 2024', '%c'),
             ('2:30 PM', '%I:%M %p'), ('12 AM', '%I %p'), ('2024-070', '%Y-%j'), ('2024 10 0', '%Y %U %w'), ('2024-W10-7', '%G-W%V-%u'),
             ('14:30:05.123', '%H:%M:%S.%f'), ('2024-03-10T14:30+0530', '%Y-%m-%dT%H:%M%z'), ('2024-03-10 UTC', '%Y-%m-%d %Z'),
             ('2024-03-10Z', '%Y-%m-%d%z'), ('  5  3 2024', '%d %m %Y'), ('02-29', '%m-%d'), ('2024-3-5', '%Y-%m-%d'), ('1231', '%m%d'), ('110', '%m%d'),
             ('2024-13-01', '%Y-%m-%d'), ('2024-03-10 extra', '%Y-%m-%d'), ('x', '%Q'), ('x', '%'), ('31/02/2024', '%d/%m/%Y'), ('2024-03-10+01:0030', '%Y-%m-%d%z')]:
    show('strptime %r %r' % (s, f), lambda: datetime.strptime(s, f))
print(timezone.utc, repr(timezone.utc), repr(tz), str(tz), repr(timezone(timedelta(hours=-3), 'BRT')), timezone.min, timezone.max, timezone(timedelta(0)) is timezone.utc)
show('timezone big', lambda: timezone(timedelta(hours=24)))
show('timezone bad', lambda: timezone(5))
show('timezone name', lambda: timezone(timedelta(hours=1), 3))
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC is timezone.utc, datetime.min, datetime.max, isinstance(dtm, date), issubclass(timezone, dt.tzinfo))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), max(datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0, 1)))


class MyTZ(dt.tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return 'EST'


e = datetime(2024, 1, 1, 12, tzinfo=MyTZ())
print(e, e.tzname(), e.strftime('%H:%M %Z %z'), e.astimezone(timezone.utc), datetime(2024, 1, 1, 17, tzinfo=timezone.utc).astimezone(MyTZ()))
show('abstract tzinfo', lambda: datetime(2024, 1, 1, tzinfo=dt.tzinfo()).utcoffset())
