"""Functional tools for creating and using iterators.

Pyclave implements most of these as Python generators: arguments are
checked (and iter() called) eagerly, as CPython does, and iteration is lazy."""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _index_or_none(v):
    if v is None:
        return None
    try:
        v = type(v).__index__(v)
    except (AttributeError, TypeError):
        return -1
    # CPython converts to Py_ssize_t: an overflow counts as invalid.
    return v if -_MAXSIZE - 1 <= v <= _MAXSIZE else -1


_MAXSIZE = (1 << 63) - 1


def _ssize(v):
    # A Py_ssize_t argument, with CPython's overflow message.
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    v = index(v)
    if not -_MAXSIZE - 1 <= v <= _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not (hasattr(type(v), '__add__') and
                    (isinstance(v, (int, float, complex)) or hasattr(type(v), '__index__')
                     or hasattr(type(v), '__float__'))):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)

    def __reduce__(self):
        return (type(self), (self._n, self._step))


_NO_TIMES = object()    # repeat(x) as opposed to repeat(x, None), a TypeError


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=_NO_TIMES):
        self._obj = object
        if times is _NO_TIMES:
            times = None    # endless
        else:
            times = _ssize(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total
    return gen()


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    d = iter(data)
    s = iter(selectors)
    return (x for x, keep in zip(d, s) if keep)


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false."""
    it = iter(iterable)
    if function is None:
        function = bool
    return (x for x in it if not function(x))


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    it = iter(iterable)
    return (function(*args) for args in it)


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    if len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    start, step = 0, 1
    if len(args) == 1:
        stop = args[0]
        stop_i = _index_or_none(stop)
        if stop_i is not None and stop_i < 0:
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    else:
        start, stop = args[0], args[1]
        if len(args) == 3:
            step = args[2]
        start_i = _index_or_none(start)
        stop_i = _index_or_none(stop)
        if stop_i is not None and stop_i < 0:
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if start_i is not None and start_i < 0:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        step_i = _index_or_none(step)
        if step_i is not None and step_i <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        start = start_i or 0
        step = step_i or 1
    stop = stop_i
    it = iter(iterable)

    def gen():
        i = 0
        nexti = start
        if stop is not None and nexti >= stop:
            return
        for x in it:
            if i == nexti:
                yield x
                nexti += step
                if stop is not None and nexti >= stop:
                    return
            i += 1
            if stop is not None and i >= stop:
                return
    return gen()


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object: tuples padded with fillvalue."""
    iterators = [iter(it) for it in iterables]

    def gen():
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _ssize(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat

    def gen():
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)
    return gen()


def _check_r(r, n, required):
    if r is None:
        if required:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        return n
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    r = _ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = _check_r(r, n, False)

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return gen()


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = _ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return gen()


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    n = len(pool)
    r = _ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return gen()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = (lambda x: x) if key is None else key
        self._tgtkey = self._currkey = self._currvalue = object()
        self._marker = self._tgtkey
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is not self._marker and self._currkey == self._tgtkey:
            try:
                self._advance()
            except StopIteration:
                self._currkey = self._marker
                self._exhausted = True
                raise
        if self._currkey is self._marker:
            if getattr(self, '_exhausted', False):
                raise StopIteration
            self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _advance(self):
        self._currvalue = next(self._it)
        self._currkey = self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                self._currkey = self._marker
                self._exhausted = True
                return


class _TeeLink:
    __slots__ = ('value', 'next')


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    head = _TeeLink()
    head.next = None
    state = [it, False]  # the source iterator, "fetching from it now"
    return tuple(_tee(head, state) for _ in range(n))


class _tee:
    """One of the iterators returned by tee(): they share a linked list of
    the values fetched so far."""
    __slots__ = ('_link', '_state')

    def __init__(self, link, state):
        self._link = link
        self._state = state

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            state = self._state
            if state[1]:
                # The source called back into a tee iterator (CPython's
                # teedataobject check).
                raise RuntimeError('cannot re-enter the tee iterator')
            state[1] = True
            try:
                value = next(state[0])
            finally:
                state[1] = False
            new = _TeeLink()
            new.next = None
            link.value = value
            link.next = new
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._link, self._state)

def _name_c_types():
    # Types CPython defines in C: error messages show their C names.
    from _pyclave import c_type_name
    c_type_name(count, 'itertools.count')
    c_type_name(repeat, 'itertools.repeat')
    c_type_name(chain, 'itertools.chain')
    c_type_name(groupby, 'itertools.groupby')
    c_type_name(_tee, 'itertools._tee')


_name_c_types()
del _name_c_types
