from datetime import *
tz1 = timezone(timedelta(hours=1)); tz2 = timezone(timedelta(hours=-2), 'X')
class TZ(tzinfo):
    def __repr__(self): return "TZ()"
    def utcoffset(self, dt): return timedelta(minutes=30)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'half'
class Bad(tzinfo):
    def __repr__(self): return "Bad()"
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 3
    def dst(self, dt): return timedelta(days=2)
vals = [time(1,2), time(1,2,tzinfo=tz1), time(0,2,tzinfo=TZ()), time(3,2,tzinfo=tz2),
        datetime(2020,1,1), datetime(2020,1,1,tzinfo=tz1), datetime(2020,1,1,1,tzinfo=tz2),
        date(2020,1,1), timedelta(1), timedelta(0, 5)]
for a in vals:
    for b in vals:
        for op in ('==', '!=', '<', '<=', '>', '>='):
            try:
                r = eval('a %s b' % op)
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            print(repr(a), op, repr(b), r)
for o in (time(1, tzinfo=Bad()), datetime(2000,1,1,tzinfo=Bad())):
    for m in ('utcoffset', 'dst', 'tzname'):
        try: print(getattr(o, m)())
        except Exception as e: print(type(e).__name__, e)
for o in (time(1, tzinfo=TZ()), datetime(2000,1,1,tzinfo=TZ()), time(2), datetime(2000,1,1,tzinfo=tz2)):
    print(o.utcoffset(), o.dst(), o.tzname(), hash(o) == hash(o.replace()))
print(sorted([datetime(2020,1,1,tzinfo=tz1), datetime(2020,1,1,tzinfo=tz2), datetime(2019,12,31,23,tzinfo=TZ())]))
print(time.__le__(time(1), 3), date.__lt__(date(2000,1,1), datetime(2000,1,1)))
from datetime import *
class B(tzinfo):
    def __init__(s, d): s.d = d
    def utcoffset(self, dt): return self.d
    def dst(self, dt): return self.d
for d in (timedelta(days=2), timedelta(hours=25), timedelta(days=-2), timedelta(hours=-24)):
  for f in (lambda: time(1,tzinfo=B(d)).utcoffset(), lambda: datetime(2000,1,1,tzinfo=B(d)).utcoffset(), lambda: time(1,tzinfo=B(d)).dst(), lambda: datetime(2000,1,1,tzinfo=B(d)).dst(), lambda: timezone(d)):
    try: print(f())
    except Exception as e: print(e)
print(date.__eq__(date(2000,1,1), datetime(2000,1,1,5)))
print(date.__lt__(date(2000,1,1), datetime(2000,1,1,5)), date.__le__(date(2000,1,1), datetime(2000,1,1,5)))
