"""Container datatypes: deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap, UserDict, UserList and UserString."""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

import sys as _sys
import _collections_abc
from keyword import iskeyword as _iskeyword
from operator import index as _index

_Mapping = _collections_abc.Mapping
_MutableMapping = _collections_abc.MutableMapping
_MutableSequence = _collections_abc.MutableSequence
_Sequence = _collections_abc.Sequence

_repr_running = set()


def _recursive_repr(fill, func, obj):
    key = id(obj)
    if key in _repr_running:
        return fill
    _repr_running.add(key)
    try:
        return func(obj)
    finally:
        _repr_running.discard(key)


################################################################################
# deque
################################################################################

def _check_ssize(n):
    # CPython converts these arguments to a C Py_ssize_t.
    if not -_sys.maxsize - 1 <= n <= _sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return n


class _ReadOnlyAttr:
    """Data descriptor for a read-only attribute of a C-like type."""

    def __init__(self, name, slot, doc):
        self.name = name
        self.slot = slot
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of 'collections.deque' objects is not writable"
                             % self.name)


class deque:
    """A list-like sequence optimized for appends and pops at either end.

    Stored as a Python list plus the index of the first live slot, so that
    popleft and appendleft are amortised O(1)."""

    __slots__ = ('_items', '_head', '_maxlen', '_state', '__weakref__')
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._head = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            try:
                maxlen = _index(maxlen)
            except TypeError:
                raise TypeError("an integer is required") from None
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            _check_ssize(maxlen)
        self._maxlen = maxlen
        if self._head or len(self._items):
            self.clear()
        self.extend(iterable)

    # -- internal helpers --
    def _len(self):
        return len(self._items) - self._head

    def _live(self):
        return self._items[self._head:]

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def _set_live(self, items):
        self._items = items
        self._head = 0
        self._state += 1

    def _norm_index(self, i):
        try:
            j = _index(i)
        except TypeError:
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(i).__name__) from None
        if not -_sys.maxsize - 1 <= j <= _sys.maxsize:
            raise IndexError("cannot fit '%s' into an index-sized integer"
                             % type(i).__name__)
        i = j
        n = self._len()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    maxlen = _ReadOnlyAttr('maxlen', '_maxlen', 'maximum size of a deque or None if unbounded')

    # -- ends --
    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and self._len() > self._maxlen:
            self._popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._head == 0:
            grow = max(8, len(self._items))
            self._items[0:0] = [None] * grow
            self._head = grow
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and self._len() > self._maxlen:
            self._items.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if self._len() == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items.pop()
        if self._len() == 0:
            self._items = []
            self._head = 0
        return x

    def _popleft(self):
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 16 and self._head * 2 > len(self._items):
            self._compact()
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._len() == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._set_live([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen) if type(self) is not deque \
            else deque(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for x in self._live():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        n = self._len()
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        i = start
        while i < stop:
            x = self._items[self._head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            i += 1
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, i, x):
        """Insert value before index."""
        i = _index(i)
        if self._maxlen is not None and self._len() >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        live = self._live()
        live.insert(i, x)
        self._set_live(live)

    def remove(self, value):
        """Remove first occurrence of value."""
        live = self._live()
        state = self._state
        for i, x in enumerate(live):
            found = x is value or x == value
            if state != self._state:
                raise IndexError("deque mutated during iteration")
            if found:
                del live[i]
                self._set_live(live)
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        live = self._live()
        live.reverse()
        self._set_live(live)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        n = _check_ssize(_index(n))
        length = self._len()
        if length <= 1:
            return
        n %= length
        if n:
            live = self._live()
            self._set_live(live[-n:] + live[:-n])

    # -- sequence protocol --
    def __len__(self):
        return self._len()

    def __bool__(self):
        return self._len() > 0

    def __iter__(self):
        # The state is taken now, not at the first next(), so a mutation
        # between iter() and the first next() is detected.
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __contains__(self, value):
        state = self._state
        for x in self._live():
            found = x is value or x == value
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if found:
                return True
        return False

    def __getitem__(self, i):
        return self._items[self._head + self._norm_index(i)]

    def __setitem__(self, i, x):
        self._items[self._head + self._norm_index(i)] = x

    def __delitem__(self, i):
        i = self._norm_index(i)
        live = self._live()
        del live[i]
        self._set_live(live)

    def __repr__(self):
        def body(self):
            inner = repr(self._live())
            if self._maxlen is None:
                return '%s(%s)' % (type(self).__name__, inner)
            return '%s(%s, maxlen=%d)' % (type(self).__name__, inner, self._maxlen)
        return _recursive_repr('[...]', body, self)

    # -- comparisons --
    def _cmp_ok(self, other):
        return isinstance(other, deque)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() != other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    # -- arithmetic --
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            return NotImplemented
        new = self.copy()
        new._mul_inplace(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            return NotImplemented
        self._mul_inplace(n)
        return self

    def _mul_inplace(self, n):
        live = self._live()
        if n <= 0 or not live:
            self.clear()
            return
        self._state += 1
        if self._maxlen is not None and len(live) * n > self._maxlen:
            for _ in range(n - 1):
                for x in live:
                    self.append(x)
            return
        self._set_live(live * n)

    def __reduce__(self):
        # As CPython (_PyObject_GetState): no maxlen argument when
        # unbounded; the state is the instance dict (subclasses), else
        # None, paired with a dict of a subclass's __slots__ values.
        state = getattr(self, '__dict__', None) or None
        slots = {}
        for name in _copyreg_slotnames(type(self)):
            if name not in deque.__slots__:
                try:
                    slots[name] = getattr(self, name)
                except AttributeError:
                    pass
        if slots:
            state = (state, slots)
        if self._maxlen is None:
            return (type(self), (), state, iter(self))
        return (type(self), ((), self._maxlen), state, iter(self))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


deque.__module__ = 'collections'


def _copyreg_slotnames(cls):
    import copyreg
    return copyreg._slotnames(cls)


class _deque_iterator:
    """Iterator of a deque (CPython's _collections._deque_iterator): it
    fails once the deque is mutated, and pickles as (type, (deque, index))."""

    __slots__ = ('_deque', '_state', '_counter')

    def __new__(cls, *args):
        if not args:
            raise TypeError('function takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('function takes at most 2 arguments (%d given)' % len(args))
        deque_, index = args if len(args) == 2 else (args[0], 0)
        if not isinstance(deque_, deque):
            raise TypeError("argument 1 must be collections.deque, not %s"
                            % type(deque_).__name__)
        it = object.__new__(cls)
        it._deque = deque_
        it._state = deque_._state
        it._counter = deque_._len()
        index = _operator_index(index)
        for _ in range(index):
            if it._counter == 0:
                break
            it.__next__()
        return it

    def __iter__(self):
        return self

    def _position(self):
        # index from the left of the next item
        return self._deque._len() - self._counter

    def __next__(self):
        d = self._deque
        if self._state != d._state:
            self._counter = 0
            raise RuntimeError("deque mutated during iteration")
        if self._counter == 0:
            raise StopIteration
        i = self._position()
        self._counter -= 1
        return d._items[d._head + i]

    def __length_hint__(self):
        return self._counter

    def __reduce__(self):
        return (type(self), (self._deque, self._deque._len() - self._counter))


class _deque_reverse_iterator(_deque_iterator):
    """Reverse iterator of a deque (_collections._deque_reverse_iterator)."""

    __slots__ = ()

    def _position(self):
        return self._counter - 1


def _operator_index(v):
    from operator import index
    return index(v)


_deque_iterator.__module__ = _deque_reverse_iterator.__module__ = '_collections'
_MutableSequence.register(deque)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""

    # A slot, as CPython's member descriptor (dir(defaultdict) lists it).
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        fr = _recursive_repr('...', repr, factory) if factory is not None else 'None'
        return '%s(%s, %s)' % (type(self).__name__, fr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order and can reorder keys."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        _MutableMapping.update(self, other, **kwds)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        def body(self):
            if not self:
                return '%s()' % (type(self).__name__,)
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        return _recursive_repr('...', body, self)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (type(self), (), state, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# namedtuple
################################################################################

class _tuplegetter:
    """Read-only accessor for one field of a namedtuple class."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _namedtuple_fields(typename, field_names, rename):
    """Validate (or with rename, repair) the type and field names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for position, name in enumerate(fields):
            bad = (not name.isidentifier() or _iskeyword(name)
                   or name.startswith('_') or name in seen)
            seen.add(name)
            if bad:
                fields[position] = '_%d' % position
    for name in [typename] + fields:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)
    return typename, tuple(_sys.intern(name) for name in fields)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items are also reachable by name:
    Point = namedtuple('Point', 'x y'); Point(1, 2).x == 1."""
    typename, fields = _namedtuple_fields(typename, field_names, rename)
    count = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        # Defaults apply to the rightmost fields.
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    params = ', '.join(fields)
    packed = params + ',' if count == 1 else params

    # The constructor needs the field names as real parameters (for the
    # binding errors and keyword calls); the names were checked to be plain
    # identifiers above, so this source is safe to compile.
    scope = {'_tuple_new': tuple.__new__}
    exec('def __new__(_cls, %s): return _tuple_new(_cls, (%s))' % (params, packed), scope)
    __new__ = scope['__new__']
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, packed)
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(made)))
        return made

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return made

    _replace.__doc__ = ('Return a new %s object replacing specified fields with new values'
                        % typename)

    shown = '(' + ', '.join(name + '=%r' for name in fields) + ')'

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + shown % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__

    namespace = {
        '__doc__': '%s(%s)' % (typename, packed),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for position, name in enumerate(fields):
        namespace[name] = _tuplegetter(position, 'Alias for field number %d' % position)
    cls = type(typename, (tuple,), namespace)

    # Pickling finds the class through __module__: by default, the caller's.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


################################################################################
# Counter
################################################################################

def _count_elements(counts, iterable):
    get = counts.get
    for item in iterable:
        counts[item] = get(item, 0) + 1


class Counter(dict):
    """A dict of counts (a multiset): Counter('abca') == {'a': 2, 'b': 1,
    'c': 1}.  Missing items count 0; counts may be zero or negative."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs from the most common down; equal counts keep
        first-seen order.  With n, only the first n."""
        by_count = lambda pair: pair[1]
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=by_count)

    def elements(self):
        """Each item repeated as many times as its count (if positive)."""
        for item, count in self.items():
            for _ in range(count):
                yield item

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of items or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for item, count in iterable.items():
                        self[item] = count + get(item, 0)
                else:
                    # Fast path, and it keeps the mapping's own values.
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; results may go to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for item, count in iterable.items():
                    self[item] = get(item, 0) - count
            else:
                for item in iterable:
                    self[item] = get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, item):
        # Deleting a missing item is not an error for a multiset.
        if item in self:
            super().__delitem__(item)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)      # counts that cannot be ordered
        return f'{self.__class__.__name__}({shown!r})'

    # Comparisons treat missing items as zero counts.

    def _all_pairs(self, other, test):
        return all(test(self[item], other[item]) for side in (self, other) for item in side)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic keeps only positive counts in the result.

    def _combine(self, other, pick, other_only):
        result = Counter()
        for item, count in self.items():
            value = pick(count, other[item])
            if value > 0:
                result[item] = value
        for item, count in other.items():
            if item not in self:
                value = other_only(count)
                if value is not None:
                    result[item] = value
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b,
                             lambda c: c if c > 0 else None)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b,
                             lambda c: 0 - c if c < 0 else None)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a,
                             lambda c: c if c > 0 else None)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b, lambda c: None)

    def __pos__(self):
        result = Counter()
        for item, count in self.items():
            if count > 0:
                result[item] = count
        return result

    def __neg__(self):
        result = Counter()
        for item, count in self.items():
            if count < 0:
                result[item] = 0 - count
        return result

    def _keep_positive(self):
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, count in other.items():
            if count > self[item]:
                self[item] = count
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            theirs = other[item]
            if theirs < count:
                self[item] = theirs
        return self._keep_positive()


################################################################################
# ChainMap
################################################################################

class ChainMap(_MutableMapping):
    """Several mappings searched in order as one; writes and deletions go
    to the first mapping only."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last mapping first, as dict.update of
        # the mappings from last to first would give.
        order = {}
        for mapping in reversed(self.maps):
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _recursive_repr(
            '...', lambda s: f'{s.__class__.__name__}({", ".join(map(repr, s.maps))})', self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of the first mapping and the others shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (default: a new dict of kwargs) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """The ChainMap of every mapping but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


################################################################################
# UserDict, UserList, UserString
################################################################################

def _unwrap(obj, cls):
    """The wrapped value of a User* instance, anything else unchanged."""
    return obj.data if isinstance(obj, cls) else obj


class UserDict(_MutableMapping):
    """A dict stored in .data, for subclassing with plain Python methods."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'].copy()
        return clone

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass may carry more state: copy the instance with an empty
        # .data, then refill it through the subclass's own __setitem__.
        import copy
        data = self.data
        try:
            self.data = {}
            clone = copy.copy(self)
        finally:
            self.data = data
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_MutableSequence):
    """A list stored in .data, for subclassing with plain Python methods."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    @staticmethod
    def _as_list(other):
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, list):
            return other
        return list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'][:]
        return clone

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


class UserString(_Sequence):
    """A str stored in .data, for subclassing with plain Python methods.
    Methods that make strings return instances of the subclass."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # Methods returning a new string wrap the result in the same class.

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_unwrap(sub, UserString), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_unwrap(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_unwrap(suffix, UserString)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_unwrap(sub, UserString), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_unwrap(old, UserString),
                                                _unwrap(new, UserString), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_unwrap(sub, UserString), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


# As in CPython, `import collections` makes collections.abc available.
from collections import abc

def _name_c_types():
    # Types CPython defines in C: error messages show their C names.
    from _pyclave import c_type_name
    c_type_name(deque, 'collections.deque')
    c_type_name(_deque_iterator, '_collections._deque_iterator')
    c_type_name(_deque_reverse_iterator, '_collections._deque_reverse_iterator')
    c_type_name(defaultdict, 'collections.defaultdict')
    c_type_name(OrderedDict, 'collections.OrderedDict')


_name_c_types()
del _name_c_types
