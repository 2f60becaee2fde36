"""Higher-order functions and operations on callables (functools), written
for Pyclave from the functools documentation."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from collections import namedtuple
from _thread import RLock

GenericAlias = type(list[int])

# -- wrappers ---------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes (those
    wrapped has), merge the updated dicts, and set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied through __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# -- total_ordering -----------------------------------------------------------

# The derived methods are module-level functions, named after what they
# compute (as CPython's), so pickle finds them by qualified name.
def _gt_from_lt(self, other):
    """Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."""
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _le_from_lt(self, other):
    """Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."""
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else r or self == other


def _ge_from_lt(self, other):
    """Return a >= b.  Computed by @total_ordering from (not a < b)."""
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r


def _ge_from_le(self, other):
    """Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."""
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r or self == other


def _lt_from_le(self, other):
    """Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."""
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else r and self != other


def _gt_from_le(self, other):
    """Return a > b.  Computed by @total_ordering from (not a <= b)."""
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r


def _lt_from_gt(self, other):
    """Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."""
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _ge_from_gt(self, other):
    """Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."""
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else r or self == other


def _le_from_gt(self, other):
    """Return a <= b.  Computed by @total_ordering from (not a > b)."""
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r


def _le_from_ge(self, other):
    """Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."""
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r or self == other


def _gt_from_ge(self, other):
    """Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."""
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else r and self != other


def _lt_from_ge(self, other):
    """Return a < b.  Computed by @total_ordering from (not a >= b)."""
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


# For each root a class may define, how the three others follow from it.
_ORDERING_RULES = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__, __ge__ (and
    __eq__), supply the other ordering methods."""
    defined = {name for name in _ORDERING_RULES
               if getattr(cls, name, None) is not getattr(object, name, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)     # __lt__ is preferred, then __le__, __gt__, __ge__
    for name, method in _ORDERING_RULES[root]:
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# -- cmp_to_key, reduce ---------------------------------------------------------

class _KeyWrapper:
    """The key objects of cmp_to_key (CPython's functools.KeyWrapper): one
    type for every cmp function, so keys made by different cmp_to_key calls
    still compare (with the left operand's function)."""

    __slots__ = ('_mycmp', 'obj')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('K() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return _new_cmp_key(self._mycmp, obj)

    def _cmp(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._mycmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def __eq__(self, other):
        return self._cmp(other) == 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    __hash__ = None


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def _new_cmp_key(mycmp, obj):
    k = object.__new__(_KeyWrapper)
    k._mycmp = mycmp
    k.obj = obj
    return k


_NO_CMP = object()


def cmp_to_key(mycmp=_NO_CMP):
    """Convert a cmp= function into a key= function."""
    if mycmp is _NO_CMP:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    return _new_cmp_key(mycmp, None)


_MISSING = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold sequence from the left with function(acc, item), starting from
    initial or the first item."""
    # CPython's reduce is a METH_VARARGS builtin: its argument errors.
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _MISSING
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        for acc in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        acc = initial
    for item in it:
        acc = function(acc, item)
    return acc


# -- partial, partialmethod ------------------------------------------------------

_repr_running = set()


class partial:
    """partial(func, *args, **keywords)(*more, **kw) calls
    func(*args, *more, **{**keywords, **kw})."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial of a partial collapses into one.
        if isinstance(func, partial) and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    def __call__(self, /, *args, **keywords):
        return self._func(*self._args, *args, **{**self._keywords, **keywords})

    def __repr__(self):
        name = type(self).__qualname__
        if type(self).__module__ == 'functools':
            name = 'functools.' + name
        # A partial reachable from its own arguments shows there as ...,
        # as CPython's Py_ReprEnter guard.
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            shown = [repr(self._func)]
            shown.extend(repr(arg) for arg in self._args)
            shown.extend(f'{key}={value!r}' for key, value in self._keywords.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({', '.join(shown)})"

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords,
                 self.__dict__ or None))

    def __setstate__(self, state):
        # The checks and conversions of CPython's partial_setstate.
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict))):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is not None and not isinstance(namespace, dict):
            raise TypeError("a partial object's dictionary may not be deleted")
        self._func = func
        self._args = args
        self._keywords = kwds
        self.__dict__ = {} if namespace is None else namespace

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod(object):
    """partial for methods: the partial arguments come after self/cls."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        return '{}.{}({}, {}, {})'.format(
            self.__class__.__module__, self.__class__.__qualname__, self.func,
            ', '.join(map(repr, self.args)),
            ', '.join('{}={!r}'.format(k, v) for k, v in self.keywords.items()))

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                # A descriptor (classmethod, staticmethod, ...) that bound
                # itself: apply the arguments to what it produced.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# -- lru_cache, cache -----------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _HashedSeq(list):
    """A tuple of call arguments as a dict key, hashing the items only once."""
    __slots__ = 'hashvalue'

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = (object(),)
_FAST_TYPES = {int, str}


def _make_key(args, kwds, typed, tuple=tuple, type=type, len=len):
    """The cache key of a call: positional args, a marker, keyword items,
    and with typed=True the argument types.  A lone int or str is its own
    key."""
    # (tuple, type and len are bound here: a program may replace the
    # builtins with cached functions, which must not recurse into us)
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(value) for value in args)
        if kwds:
            key += tuple(type(value) for value in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Memoise a function, keeping up to maxsize results (None: no limit)
    and dropping the least recently used.  Usable as @lru_cache,
    @lru_cache() or @lru_cache(maxsize, typed)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _decorate(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The dict keeps recency order: a hit moves its key to the end, and the
    # first key is the least recently used.
    results = {}
    stats = [0, 0]          # hits, misses
    absent = object()
    cache_len = results.__len__     # not len(): builtins.len may be cached

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            value = results.get(key, absent)
            if value is not absent:
                stats[0] += 1
                return value
            stats[1] += 1
            value = user_function(*args, **kwds)
            results[key] = value
            return value

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            value = results.pop(key, absent)
            if value is not absent:
                results[key] = value
                stats[0] += 1
                return value
            stats[1] += 1
            value = user_function(*args, **kwds)
            if key in results:
                # A recursive call already cached this key.
                return value
            if cache_len() >= maxsize:
                del results[next(iter(results))]
            results[key] = value
            return value

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, cache_len())

    def cache_clear():
        """Clear the cache and cache statistics"""
        results.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Unbounded memoisation: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# -- singledispatch ---------------------------------------------------------------

def _c3_merge(sequences):
    """C3 linearisation merge of the given lists (consumed)."""
    merged = []
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return merged
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        merged.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """cls's MRO with the ABCs in abcs (that cls is a virtual subclass of)
    inserted where they belong, as C3 would place them if they were bases."""
    # Bases up to the last one that is itself an ABC are "explicit"; the
    # extra ABCs are inserted after those.
    boundary = 0
    for position in range(len(cls.__bases__), 0, -1):
        if hasattr(cls.__bases__[position - 1], '__abstractmethods__'):
            boundary = position
            break
    abcs = list(abcs) if abcs else []
    explicit = list(cls.__bases__[:boundary])
    others = list(cls.__bases__[boundary:])
    implied = [base for base in abcs
               if issubclass(cls, base) and not any(issubclass(b, base) for b in cls.__bases__)]
    for base in implied:
        abcs.remove(base)
    return _c3_merge(
        [[cls]]
        + [_c3_mro(base, abcs=abcs) for base in explicit]
        + [_c3_mro(base, abcs=abcs) for base in implied]
        + [_c3_mro(base, abcs=abcs) for base in others]
        + [explicit] + [implied] + [others])


def _compose_mro(cls, types):
    """An MRO for cls that also contains those of types (registered
    dispatch types) that cls is a virtual subclass of."""
    bases = set(cls.__mro__)

    def related(typ):
        return (typ not in bases and hasattr(typ, '__mro__')
                and not isinstance(typ, GenericAlias) and issubclass(cls, typ))
    types = [typ for typ in types if related(typ)]

    def strict_base(typ):
        return any(typ != other and typ in other.__mro__ for other in types)
    types = [typ for typ in types if not strict_base(typ)]
    type_set = set(types)
    order = []
    for typ in types:
        chains = []
        for sub in typ.__subclasses__():
            if sub not in bases and issubclass(cls, sub):
                chains.append([klass for klass in sub.__mro__ if klass in type_set])
        if not chains:
            order.append(typ)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for klass in chain:
                if klass not in order:
                    order.append(klass)
    return _c3_mro(cls, abcs=order)


def _find_impl(cls, registry):
    """The registered implementation for the nearest class in cls's
    (composed) MRO; RuntimeError when two unrelated ABCs tie."""
    match = None
    for typ in _compose_mro(cls, registry.keys()):
        if match is not None:
            # Two implicit ABCs at the same level are ambiguous.
            if (typ in registry and typ not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, typ)):
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(match, typ))
            break
        if typ in registry:
            match = typ
    return registry.get(match)


def _is_union_type(cls):
    from typing import get_origin, Union
    return get_origin(cls) in {Union, type(int | str)}


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Make func a generic function dispatching on its first argument's
    type; add implementations with .register."""
    import types
    import weakref
    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    state = {'token': None}

    def dispatch(cls):
        """The implementation for cls (cached until ABC registrations change)."""
        if state['token'] is not None:
            token = get_cache_token()
            if state['token'] != token:
                dispatch_cache.clear()
                state['token'] = token
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls (or a union); as a decorator, the class may
        come from the annotation of the first parameter."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if state['token'] is None and hasattr(cls, '__abstractmethods__'):
            state['token'] = get_cache_token()
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# -- cached_property ------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = store.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            with self.lock:
                # another thread may have filled the cache meanwhile
                value = store.get(self.attrname, _NOT_FOUND)
                if value is _NOT_FOUND:
                    value = self.func(instance)
                    try:
                        store[self.attrname] = value
                    except TypeError:
                        raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                        f"instance does not support item assignment for caching "
                                        f"{self.attrname!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)

def _name_c_types():
    # Types CPython defines in C: error messages show their C names.
    from _pyclave import c_type_name
    c_type_name(partial, 'functools.partial')
    c_type_name(_KeyWrapper, 'functools.KeyWrapper')


_name_c_types()
del _name_c_types
