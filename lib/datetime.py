"""Dates, times and durations (datetime), written for Pyclave from the
datetime documentation: date, time, datetime, timedelta, tzinfo and
timezone with CPython 3.11's arithmetic, reprs, ISO 8601 parsing and
formatting, strftime/strptime and error messages.

Pyclave knows no time zone database: local time is UTC (inside an enclave
the clock itself is the host's, untrusted)."""

import time as _time
import math as _math
from operator import index as _index

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059      # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _n in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _n
del _total, _n

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                    'August', 'September', 'October', 'November', 'December']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYNAMES = [None, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                  'Sunday']


# -- calendar arithmetic (proleptic Gregorian, day 1 = 0001-01-01) -------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _pickle_state(state, size, what):
    """The bytes of a pickled state (a str comes from a Python 2 pickle
    loaded with encoding='latin1'), or None when state is not one."""
    if isinstance(state, bytes):
        return state if len(state) == size else None
    if isinstance(state, str) and len(state) == size:
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed." % what) from None
    return None


def _state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')
    return tz


def _require_fields(month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = (_index(hour), _index(minute), _index(second),
                                         _index(microsecond))
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _qualified_name(cls):
    # Types defined in C show their module in messages; ours imitate that.
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmp_error(x, y):
    raise TypeError("can't compare %s to %s" % (_qualified_name(type(x)), _qualified_name(type(y))))


# Ordering for timedelta, date, time and datetime: each class defines
# _order(other) -> -1/0/1, or None when the comparison is not its business.
def _le(self, other):
    c = self._order(other)
    return NotImplemented if c is None else c <= 0


def _lt(self, other):
    c = self._order(other)
    return NotImplemented if c is None else c < 0


def _ge(self, other):
    c = self._order(other)
    return NotImplemented if c is None else c >= 0


def _gt(self, other):
    c = self._order(other)
    return NotImplemented if c is None else c > 0


def _offsets_differ(a, b):
    """For comparing two times or datetimes: None when their fields compare
    directly (same tzinfo object or equal offsets), else their (possibly
    None) UTC offsets."""
    if a._tzinfo is b._tzinfo:
        return None
    myoff, otoff = a.utcoffset(), b.utcoffset()
    return None if myoff == otoff else (myoff, otoff)


def _call_utcoffset(tzinfo, arg):
    if tzinfo is None:
        return None
    offset = tzinfo.utcoffset(arg)
    _check_utc_offset('utcoffset', offset)
    return offset


def _call_dst(tzinfo, arg):
    if tzinfo is None:
        return None
    offset = tzinfo.dst(arg)
    _check_utc_offset('dst', offset)
    return offset


def _call_tzname(tzinfo, arg):
    if tzinfo is None:
        return None
    name = tzinfo.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _type_name(obj, base):
    """The name repr() shows: 'datetime.X' for our own classes, the class
    name for subclasses (as for types defined in C)."""
    cls = type(obj)
    return 'datetime.' + cls.__name__ if cls is base else cls.__name__


def _round_half_even(x):
    # C round() is half away from zero; timedelta uses half even.
    return int(round(x))


def _c_round(x):
    whole = _math.floor(abs(x))
    if abs(x) - whole >= 0.5:
        whole += 1
    return -whole if x < 0 else whole


def _divide_and_round(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or r == b and q % 2 == 1:
        q += 1
    return q


# -- offsets and tzinfo checks -----------------------------------------------------

def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a UTC offset ('' for None)."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        text += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            text += '.%06d' % ss.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '{:02d}',
        'minutes': '{:02d}:{:02d}',
        'seconds': '{:02d}:{:02d}:{:02d}',
        'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
        'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}',
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        template = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    return template.format(hh, mm, ss, us)


# -- strftime ------------------------------------------------------------------

def _strftime(fmt, tt, microsecond, offset_text, zone_name):
    """Format a time tuple with the C-locale directives glibc offers."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    year, month, day, hour, minute, second, wday, yday = tt[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        out.append(_directive(code, year, month, day, hour, minute, second, wday, yday,
                              microsecond, offset_text, zone_name))
    return ''.join(out)


def _iso_year_week(year, month, day):
    return date(year, month, day).isocalendar()[:2]


def _directive(code, year, month, day, hour, minute, second, wday, yday, microsecond,
               offset_text, zone_name):
    sunday_first = (wday + 1) % 7
    if code == 'a':
        return _DAYNAMES[wday + 1]
    if code == 'A':
        return _FULL_DAYNAMES[wday + 1]
    if code in ('b', 'h'):
        return _MONTHNAMES[month]
    if code == 'B':
        return _FULL_MONTHNAMES[month]
    if code == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday + 1], _MONTHNAMES[month], day,
                                               hour, minute, second, year)
    if code == 'C':
        return '%02d' % (year // 100)
    if code == 'd':
        return '%02d' % day
    if code == 'D':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if code == 'e':
        return '%2d' % day
    if code == 'f':
        return '%06d' % microsecond
    if code == 'F':
        return '%d-%02d-%02d' % (year, month, day)
    if code in ('G', 'g', 'V'):
        iso_year, iso_week = _iso_year_week(year, month, day)
        if code == 'G':
            return '%d' % iso_year
        if code == 'g':
            return '%02d' % (iso_year % 100)
        return '%02d' % iso_week
    if code == 'H':
        return '%02d' % hour
    if code == 'I':
        return '%02d' % ((hour + 11) % 12 + 1)
    if code == 'j':
        return '%03d' % yday
    if code == 'k':
        return '%2d' % hour
    if code == 'l':
        return '%2d' % ((hour + 11) % 12 + 1)
    if code == 'm':
        return '%02d' % month
    if code == 'M':
        return '%02d' % minute
    if code == 'n':
        return '\n'
    if code == 'p':
        return 'AM' if hour < 12 else 'PM'
    if code == 'P':
        return 'am' if hour < 12 else 'pm'
    if code == 'r':
        return '%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, second,
                                      'AM' if hour < 12 else 'PM')
    if code == 'R':
        return '%02d:%02d' % (hour, minute)
    if code == 'S':
        return '%02d' % second
    if code == 't':
        return '\t'
    if code == 'T':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if code == 'u':
        return '%d' % (wday + 1)
    if code == 'U':
        return '%02d' % ((yday + 6 - sunday_first) // 7)
    if code == 'w':
        return '%d' % sunday_first
    if code == 'W':
        return '%02d' % ((yday + 6 - wday) // 7)
    if code == 'x':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if code == 'X':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if code == 'y':
        return '%02d' % (year % 100)
    if code == 'Y':
        return '%d' % year
    if code == 'z':
        return offset_text
    if code == 'Z':
        return zone_name
    if code == '%':
        return '%'
    return '%' + code


def _wrap_strftime(obj, fmt, tt):
    offset_text = ''
    zone_name = ''
    if hasattr(obj, 'utcoffset'):
        offset = obj.utcoffset()
        if offset is not None:
            offset_text = _format_offset(offset, '')
        name = obj.tzname()
        if name is not None:
            zone_name = name
    return _strftime(fmt, tt, getattr(obj, 'microsecond', 0), offset_text, zone_name)


# -- ISO 8601 parsing ------------------------------------------------------------

def _parse_digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        raise ValueError
    return int(part)


def _parse_isoformat_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _parse_digits(text, 0, 4)
    rest = text[4:]
    extended = rest.startswith('-')
    if extended:
        rest = rest[1:]
    if rest.startswith('W'):
        week = _parse_digits(rest, 1, 2)
        rest = rest[3:]
        weekday = 1
        if rest:
            if extended:
                if not rest.startswith('-'):
                    raise ValueError
                rest = rest[1:]
            weekday = _parse_digits(rest, 0, 1)
            if len(rest) != 1:
                raise ValueError
        return _isocalendar_to_ymd(year, week, weekday)
    month = _parse_digits(rest, 0, 2)
    rest = rest[2:]
    if extended:
        if not rest.startswith('-'):
            raise ValueError
        rest = rest[1:]
    day = _parse_digits(rest, 0, 2)
    if len(rest) != 2:
        raise ValueError
    return year, month, day


def _parse_isoformat_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with an
    optional UTC offset or Z."""
    tz = None
    for mark in ('Z', '+', '-'):
        pos = text.find(mark)
        if pos > 0:
            zone = text[pos:]
            text = text[:pos]
            if mark == 'Z':
                if len(zone) != 1:
                    raise ValueError
                tz = timezone.utc
            else:
                parts = _parse_hms(zone[1:], allow_fraction=True)
                offset = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2],
                                   microseconds=parts[3])
                if mark == '-':
                    offset = -offset
                tz = timezone.utc if not offset else timezone(offset)
            break
    hour, minute, second, microsecond = _parse_hms(text, allow_fraction=True)
    return hour, minute, second, microsecond, tz


def _parse_hms(text, allow_fraction):
    if not text:
        raise ValueError
    extended = len(text) > 2 and text[2] == ':'
    fields = [0, 0, 0, 0]
    pos = 0
    for index in range(3):
        fields[index] = _parse_digits(text, pos, 2)
        pos += 2
        if pos >= len(text):
            break
        if text[pos] in '.,':
            break
        if extended:
            if text[pos] != ':':
                raise ValueError
            pos += 1
    if pos < len(text):
        if text[pos] not in '.,' or not allow_fraction or index != 2:
            raise ValueError
        digits = text[pos + 1:]
        if not digits or not all('0' <= c <= '9' for c in digits):
            raise ValueError
        fields[3] = int(digits[:6].ljust(6, '0'))
    return fields


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


# -- timedelta ------------------------------------------------------------------

class timedelta:
    """A duration, kept as days, seconds (0..86399) and microseconds
    (0..999999); arguments may be ints or floats and are normalised."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Sum the parts in microseconds: ints exactly, floats exactly for
        # their integral part and with a float remainder rounded at the end
        # (half to even), in CPython's order.
        total = 0
        leftover = 0.0
        for name, value, factor in (('microseconds', microseconds, 1),
                                    ('milliseconds', milliseconds, 1000),
                                    ('seconds', seconds, 10 ** 6),
                                    ('minutes', minutes, 60 * 10 ** 6),
                                    ('hours', hours, 3600 * 10 ** 6),
                                    ('days', days, 86400 * 10 ** 6),
                                    ('weeks', weeks, 7 * 86400 * 10 ** 6)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                fraction, whole = _math.modf(value)
                total += int(whole) * factor
                if fraction:
                    fraction, whole = _math.modf(float(factor) * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        seconds, us = divmod(total, 10 ** 6)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self, timedelta), ', '.join(parts) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            text = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            return us // other._to_microseconds()
        return timedelta._from_microseconds(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            return us / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(us, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_microseconds(_divide_and_round(b * us, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def _order(self, other):
        if isinstance(other, timedelta):
            a, b = self._key(), other._key()
            return (a > b) - (a < b)
        return None

    __le__, __lt__, __ge__, __gt__ = _le, _lt, _ge, _gt

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# -- date ------------------------------------------------------------------------

class IsoCalendarDate(tuple):
    """(year, week, weekday) with named fields, as date.isocalendar() returns."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'{_qualified_name(type(self))}'
                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')


IsoCalendarDate.__name__ = 'IsoCalendarDate'
IsoCalendarDate.__qualname__ = 'IsoCalendarDate'
IsoCalendarDate.__module__ = 'datetime'


class date:
    """A calendar date of the proleptic Gregorian calendar."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4 and \
                1 <= ord(year[2:3]) <= 12:
            # A pickled state (see __reduce__).
            b = _pickle_state(year, 4, 'date')
            self = object.__new__(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2]
            self._day = b[3]
            self._hashcode = -1
            return self
        _require_fields(month, day)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            fields = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self, date), self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    # With a datetime on the right, `==` and `<` reach datetime's reflected
    # methods first (a subclass); called directly, 3.11 compares the dates.
    def __eq__(self, other):
        if isinstance(other, date):
            return self._cmp_key() == date._cmp_key(other)
        return NotImplemented

    def _order(self, other):
        if isinstance(other, date):
            a, b = self._cmp_key(), date._cmp_key(other)
            return (a > b) - (a < b)
        return None

    __le__, __lt__, __ge__, __gt__ = _le, _lt, _ge, _gt

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAX_ORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _getstate(self):
        return (bytes((self._year >> 8, self._year & 0xff, self._month, self._day)),)

    def __reduce__(self):
        return (self.__class__, self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# -- tzinfo and timezone ----------------------------------------------------------

class tzinfo:
    """Abstract base class of time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Local time of the UTC time dt (whose tzinfo is self)."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        name = 'datetime.timezone' if type(self) is timezone else type(self).__name__
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# -- time ---------------------------------------------------------------------------

class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and \
                ord(hour[0:1]) & 0x7F < 24:
            # A pickled state, with the tzinfo as second argument.
            b = _pickle_state(hour, 6, 'time')
            self = object.__new__(cls)
            self._hour = b[0] & 0x7F
            self._minute = b[1]
            self._second = b[2]
            self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
            self._tzinfo = _state_tzinfo(None if minute == 0 and type(minute) is int
                                         else minute)
            self._hashcode = -1
            self._fold = 1 if b[0] & 0x80 else 0
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                     microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _seconds_key(self):
        return (self._hour * 3600 + self._minute * 60 + self._second, self._microsecond)

    def _compare(self, other, allow_mixed=False):
        if not isinstance(other, time):
            return None
        offsets = _offsets_differ(self, other)
        if offsets is None:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return (a > b) - (a < b)
        myoff, otoff = offsets
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._compare(other, allow_mixed=True)
        return NotImplemented if c is None else c == 0

    _order = _compare
    __le__, __lt__, __ge__, __gt__ = _le, _lt, _ge, _gt

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            offset = t.utcoffset()
            if not offset:
                self._hashcode = hash(t._getstate()[0])
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute) - offset,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second, self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second, self.microsecond))
        return self._hashcode

    def _getstate(self, protocol=3):
        us = self._microsecond
        hour = self._hour
        if self._fold and protocol > 3:
            hour |= 0x80
        basestate = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 0xff,
                           us & 0xff))
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def __repr__(self):
        if self._microsecond:
            body = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            body = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            body = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            body += ', tzinfo=%r' % self._tzinfo
        if self._fold:
            body += ', fold=1'
        return '%s(%s)' % (_type_name(self, time), body)

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        try:
            fields = _parse_isoformat_time(text)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(*fields)

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        return _call_utcoffset(self._tzinfo, None)

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def dst(self):
        return _call_dst(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self.hour if hour is None else hour,
                          self.minute if minute is None else minute,
                          self.second if second is None else second,
                          self.microsecond if microsecond is None else microsecond,
                          self.tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(_index(protocol)))

    def __reduce__(self):
        return (self.__class__, self._getstate(2))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# -- datetime -----------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and \
                1 <= ord(year[2:3]) & 0x7F <= 12:
            # A pickled state, with the tzinfo as second argument.
            b = _pickle_state(year, 10, 'datetime')
            self = object.__new__(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2] & 0x7F
            self._day = b[3]
            self._hour = b[4]
            self._minute = b[5]
            self._second = b[6]
            self._microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
            self._tzinfo = _state_tzinfo(month)
            self._hashcode = -1
            self._fold = 1 if b[2] & 0x80 else 0
            return self
        _require_fields(month, day)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                     microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = _round_half_even(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        y, m, d, hh, mm, ss, weekday, jday, dst = (_time.gmtime if utc else _time.localtime)(t)
        ss = min(ss, 59)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            split = _find_date_end(date_string)
            ymd = _parse_isoformat_date(date_string[:split])
            rest = date_string[split:]
            if rest:
                time_fields = _parse_isoformat_time(rest[1:])
            else:
                time_fields = (0, 0, 0, 0, None)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*ymd, *time_fields)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, flag)

    def _epoch_seconds(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        if self._tzinfo is None:
            # Local time is UTC.
            return self._epoch_seconds() + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo,
                    fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self.year if year is None else year,
                          self.month if month is None else month,
                          self.day if day is None else day,
                          self.hour if hour is None else hour,
                          self.minute if minute is None else minute,
                          self.second if second is None else second,
                          self.microsecond if microsecond is None else microsecond,
                          self.tzinfo if tzinfo is True else tzinfo,
                          fold=self.fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc       # local time is UTC
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self.tzinfo
        if mytz is None:
            myoffset = timedelta(0)
        else:
            if tz is mytz:
                return self
            myoffset = self.utcoffset()
            if myoffset is None:
                myoffset = timedelta(0)
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute,
                                                  self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        text = ('%04d-%02d-%02d%c' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec))
        return text + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        body = ', '.join(map(str, fields))
        if self._tzinfo is not None:
            body += ', tzinfo=%r' % self._tzinfo
        if self._fold:
            body += ', fold=1'
        return '%s(%s)' % (_type_name(self, datetime), body)

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def utcoffset(self):
        return _call_utcoffset(self._tzinfo, self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        return _call_dst(self._tzinfo, self)

    def _compare(self, other, allow_mixed=False):
        if not isinstance(other, datetime):
            return None
        offsets = _offsets_differ(self, other)
        if offsets is None:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
            return (a > b) - (a < b)
        myoff, otoff = offsets
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._compare(other)
        if isinstance(other, date):
            _cmp_error(self, other)
        return None

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAX_ORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second, delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute,
                                       t._second, t._microsecond))
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - offset)
        return self._hashcode

    def _getstate(self, protocol=3):
        us = self._microsecond
        month = self._month
        if self._fold and protocol > 3:
            month |= 0x80
        basestate = bytes((self._year >> 8, self._year & 0xff, month, self._day, self._hour,
                           self._minute, self._second, us >> 16, (us >> 8) & 0xff, us & 0xff))
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(_index(protocol)))

    def __reduce__(self):
        return (self.__class__, self._getstate(2))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


def _find_date_end(text):
    """Length of the date part of an ISO datetime string (the separator
    after it may be any character)."""
    if len(text) > 4 and text[4] == '-':
        if len(text) > 5 and text[5] == 'W':
            return 10 if len(text) > 8 and text[8] == '-' else 8
        return 10
    if len(text) > 4 and text[4] == 'W':
        return 8 if len(text) > 7 and text[7:8].isdigit() else 7
    return 8

def _name_c_types():
    # Types CPython defines in C: error messages show their C names.
    from _pyclave import c_type_name
    c_type_name(timedelta, 'datetime.timedelta')
    c_type_name(date, 'datetime.date')
    c_type_name(tzinfo, 'datetime.tzinfo')
    c_type_name(timezone, 'datetime.timezone')
    c_type_name(time, 'datetime.time')
    c_type_name(datetime, 'datetime.datetime')


_name_c_types()
del _name_c_types
