"""strptime for datetime (C locale), written for Pyclave.

Each directive accepts the texts CPython's accepts (the same ranges and
widths, case-insensitive names, any run of whitespace for whitespace in
the format); when a field could take one or two digits, the longer
reading is tried first and shorter ones on failure, as a regex would."""

import time as _time
from datetime import (date as datetime_date, timedelta as datetime_timedelta,
                      timezone as datetime_timezone)

__all__ = []

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def _number(low, high, widths):
    """Matcher of an unsigned decimal of one of the widths, in [low, high].
    A width of -2 means ' d' (a space then one digit)."""
    def match(text, pos):
        for width in widths:
            if width == -2:
                part = text[pos:pos + 2]
                if len(part) == 2 and part[0] == ' ' and '1' <= part[1] <= '9':
                    yield int(part[1]), pos + 2
                continue
            part = text[pos:pos + width]
            if len(part) == width and part.isascii() and part.isdigit():
                if low <= int(part) <= high:
                    yield part, pos + width
    return match


def _names(full, abbreviated_length=3):
    def match(text, pos):
        lowered = text[pos:pos + 9].lower()
        found = []
        for index, name in enumerate(full):
            for candidate in (name, name[:abbreviated_length]):
                if lowered.startswith(candidate):
                    found.append((len(candidate), index))
        for length, index in sorted(found, reverse=True):
            yield index, pos + length
    return match


def _full_names_only(full):
    def match(text, pos):
        lowered = text[pos:pos + 9].lower()
        for index, name in enumerate(full):
            if lowered.startswith(name):
                yield index, pos + len(name)
    return match


def _abbreviated_only(full):
    def match(text, pos):
        lowered = text[pos:pos + 3].lower()
        for index, name in enumerate(full):
            if lowered == name[:3]:
                yield index, pos + 3
    return match


def _ampm(text, pos):
    part = text[pos:pos + 2].lower()
    if part in ('am', 'pm'):
        yield part, pos + 2


def _two_digits(text, pos, first_max='9'):
    part = text[pos:pos + 2]
    return len(part) == 2 and part.isascii() and part.isdigit() and part[0] <= first_max


def _utc_offset(text, pos):
    # Z, or [+-]HH[:]MM followed by an optional [:]SS[.f{1,6}]; longer
    # readings first.
    if text[pos:pos + 1] == 'Z':
        yield 'Z', pos + 1
        return
    if text[pos:pos + 1] not in ('+', '-') or not _two_digits(text, pos + 1):
        return
    end = pos + 3
    if text[end:end + 1] == ':':
        end += 1
    if not _two_digits(text, end, '5'):
        return
    end += 2
    sec = end + 1 if text[end:end + 1] == ':' else end
    if _two_digits(text, sec, '5'):
        stop = sec + 2
        if text[stop:stop + 1] == '.':
            digits = 0
            while digits < 6 and text[stop + 1 + digits:stop + 2 + digits].isdigit():
                digits += 1
            for count in range(digits, 0, -1):
                yield text[pos:stop + 1 + count], stop + 1 + count
        yield text[pos:stop], stop
    yield text[pos:end], end


def _zone_name(text, pos):
    names = {'utc', 'gmt'}
    for name in _time.tzname:
        names.add(name.lower())
    lowered = text[pos:pos + 16].lower()
    for name in sorted(names, key=len, reverse=True):
        if name and lowered.startswith(name):
            yield text[pos:pos + len(name)], pos + len(name)


_MATCHERS = {
    'd': _number(1, 31, (2, 1, -2)),
    'f': lambda text, pos: ((text[pos:pos + w], pos + w) for w in range(6, 0, -1)
                            if len(text[pos:pos + w]) == w and text[pos:pos + w].isdigit()
                            and text[pos:pos + w].isascii()),
    'H': _number(0, 23, (2, 1)),
    'I': _number(1, 12, (2, 1)),
    'G': _number(0, 9999, (4,)),
    'j': _number(1, 366, (3, 2, 1)),
    'm': _number(1, 12, (2, 1)),
    'M': _number(0, 59, (2, 1)),
    'S': _number(0, 61, (2, 1)),
    'U': _number(0, 53, (2, 1)),
    'w': _number(0, 6, (1,)),
    'u': _number(1, 7, (1,)),
    'V': _number(1, 53, (2, 1)),
    'W': _number(0, 53, (2, 1)),
    'y': _number(0, 99, (2,)),
    'Y': _number(0, 9999, (4,)),
    'z': _utc_offset,
    'A': _full_names_only(_DAYS),
    'a': _abbreviated_only(_DAYS),
    'B': _full_names_only(_MONTHS),
    'b': _abbreviated_only(_MONTHS),
    'h': _abbreviated_only(_MONTHS),
    'p': _ampm,
    'Z': _zone_name,
}

# Directives that stand for several others (C locale).
_EXPANSIONS = {
    'c': '%a %b %d %H:%M:%S %Y',
    'x': '%m/%d/%y',
    'X': '%H:%M:%S',
    'D': '%m/%d/%y',
    'T': '%H:%M:%S',
    'R': '%H:%M',
    'F': '%Y-%m-%d',
}


def _compile(format):
    """The format as a list of ('lit', text), ('ws',) and ('dir', code)."""
    items = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            code = format[i + 1]
            i += 2
            if code == '%':
                items.append(('lit', '%'))
            elif code in _EXPANSIONS:
                items.extend(_compile(_EXPANSIONS[code]))
            elif code in _MATCHERS:
                items.append(('dir', code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, format))
        elif ch.isspace():
            while i < n and format[i].isspace():
                i += 1
            items.append(('ws',))
        else:
            items.append(('lit', ch))
            i += 1
    return items


def _match(items, index, text, pos, found):
    """Match items[index:] at text[pos:]; returns the end position (the
    rest of the text may remain) or None."""
    if index == len(items):
        return pos
    item = items[index]
    if item[0] == 'lit':
        if text[pos:pos + 1].lower() == item[1].lower():
            return _match(items, index + 1, text, pos + 1, found)
        return None
    if item[0] == 'ws':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        if end == pos:
            return None
        return _match(items, index + 1, text, end, found)
    code = item[1]
    for value, end in _MATCHERS[code](text, pos):
        found[code] = value
        result = _match(items, index + 1, text, end, found)
        if result is not None:
            return result
        del found[code]
    return None


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """(time tuple with tzname and gmtoff, microseconds, gmtoff
    microseconds) of data_string parsed with format."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument {} must be str, not {}'.format(index, type(arg)))
    items = _compile(format)
    found = {}
    end = _match(items, 0, data_string, 0, found)
    if end is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for code, value in found.items():
        if code == 'y':
            year = int(value)
            year += 1900 if year > 68 else 2000
        elif code == 'Y':
            year = int(value)
        elif code == 'G':
            iso_year = int(value)
        elif code == 'm':
            month = int(value)
        elif code in ('B', 'b', 'h'):
            month = value + 1
        elif code == 'd':
            day = int(value)
        elif code == 'H':
            hour = int(value)
        elif code == 'I':
            hour = int(value)
            ampm = found.get('p', '')
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif code == 'M':
            minute = int(value)
        elif code == 'S':
            second = int(value)
        elif code == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif code in ('A', 'a'):
            weekday = value
        elif code == 'w':
            weekday = (int(value) - 1) % 7
        elif code == 'u':
            weekday = int(value) - 1
        elif code == 'j':
            julian = int(value)
        elif code in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if code == 'U' else 0
        elif code == 'V':
            iso_week = int(value)
        elif code == 'z':
            if value == 'Z':
                gmtoff = 0
            else:
                z = value
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f'Inconsistent use of : in {value}')
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                micro = z[8:]
                gmtoff_fraction = int(micro + '0' * (6 - len(micro)))
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif code == 'Z':
            lowered = value.lower()
            if lowered in ('utc', 'gmt'):
                tz = 0
            elif _time.daylight and lowered in [n.lower() for n in _time.tzname[1:2]]:
                tz = 1
            else:
                tz = 0

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904         # so that Feb 29 passes; restored below
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            first_weekday = datetime_date(year, 1, 1).weekday()
            if week_of_year_start == 6:
                week0_offset = (first_weekday + 1) % 7
                weekday_shift = (weekday + 1) % 7
            else:
                week0_offset = first_weekday
                weekday_shift = weekday
            if week_of_year == 0:
                julian = 1 + weekday_shift - week0_offset
            else:
                days_to_week = (7 - week0_offset) % 7 + 7 * (week_of_year - 1)
                julian = 1 + days_to_week + weekday_shift
        elif iso_year is not None and iso_week is not None:
            ordinal = datetime_date.fromisocalendar(iso_year, iso_week, weekday + 1).toordinal()
            year = datetime_date.fromordinal(ordinal).year
            julian = ordinal - datetime_date(year, 1, 1).toordinal() + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365

    if julian is None:
        julian = datetime_date(year, month, day).toordinal() - datetime_date(year, 1, 1).toordinal() + 1
    else:
        result = datetime_date.fromordinal(julian - 1 + datetime_date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = datetime_date(year, month, day).weekday()
    tzname = found.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """cls(...) from data_string parsed with format."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        delta = datetime_timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (datetime_timezone(delta, tzname) if tzname else datetime_timezone(delta),)
    return cls(*args)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """time.strptime: a struct_time from data_string parsed with format."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:9])
