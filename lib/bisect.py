"""Binary search over sorted sequences (bisect), written for Pyclave."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        return lo, len(a)
    if not -_MAXSIZE - 1 <= hi <= _MAXSIZE or lo > _MAXSIZE:
        # CPython takes lo and hi as C ssize_t.
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return lo, hi


_MAXSIZE = (1 << 63) - 1


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """First index i in a[lo:hi] where x could go keeping order: every item
    before i compares < x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Last index where x could go keeping order: every item before it
    compares <= x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
