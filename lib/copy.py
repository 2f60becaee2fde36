"""Generic (shallow and deep) copying operations.

copy(x) and deepcopy(x) honour __copy__, __deepcopy__(memo), __reduce_ex__
and __reduce__.  Instances of plain classes (no custom reduce methods) are
copied directly: a new instance from cls.__new__ with the same __dict__ and
slots, plus list/dict/set contents for subclasses of those types."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_NoneType = type(None)


def _f():
    pass


_atomic = {_NoneType, type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, bytes, str, type(_f.__code__), type, range,
           type(len), type(_f), property}
del _f


def _defined_only_on_object(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is object
    return True


def _is_plain(cls):
    return (_defined_only_on_object(cls, '__reduce_ex__')
            and _defined_only_on_object(cls, '__reduce__'))


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _plain_copy(x, deep, memo):
    cls = type(x)
    getnewargs = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = getnewargs(x)
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        args, kwargs = (getnewargs(x) if getnewargs is not None else ()), {}
    if deep:
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    state = None
    if getstate is not None and not _defined_only_on_object(cls, '__getstate__'):
        state = getstate()
    else:
        d = getattr(x, '__dict__', None)
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if d or slots:
            state = (dict(d) if d else None, slots) if slots else dict(d)
    if isinstance(x, list):
        items = list(x)
        y.extend(deepcopy(v, memo) for v in items) if deep else y.extend(items)
    elif isinstance(x, dict):
        for k, v in list(x.items()):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, set):
        y.update(deepcopy(v, memo) for v in x) if deep else y.update(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _set_state(y, state):
    if hasattr(y, '__setstate__') and not _defined_only_on_object(type(y), '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if _is_plain(cls):
        return _plain_copy(x, False, None)
    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, kind):
    # object.__reduce_ex__ defers to an overridden __reduce__.
    if (_defined_only_on_object(cls, '__reduce_ex__')
            and not _defined_only_on_object(cls, '__reduce__')):
        return x.__reduce__()
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(x, "__reduce__", None)
        if reductor:
            rv = reductor()
        else:
            raise Error("un(%s)copyable object of type %s" % (kind, cls))
    return rv


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself was already copied by a recursive call.
        if d in memo:
            return memo[d]
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(v, memo) for v in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif _is_plain(cls):
            y = _plain_copy(x, True, memo)
        else:
            rv = _reduce(x, cls, 'deep')
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
