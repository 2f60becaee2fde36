"""Helpers for pickle and copy: the reduction registry (Pyclave).

Written from the library documentation and PEP 307; CPython 3.11's
observable behaviour is the oracle.  Besides the documented API this module
holds the default object reduction (`_object_reduce_ex`) that CPython
implements in C as object.__reduce_ex__; Pyclave's built-in version is
incomplete, so pickle and copy use this one when a class does not override
__reduce_ex__ / __reduce__."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked for being callable (kept for
    # backward compatibility).
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


# ---- protocol 0 and 1 support for instances of Python classes -------------

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_heap_type(cls):
    # A class created by a class statement always has a '__module__' string
    # in its own namespace; the built-in (C) types have none, or a descriptor.
    try:
        return type(cls.__dict__.get('__module__')) is str
    except Exception:
        return False


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if not _is_heap_type(base):
            break
        new = base.__new__
        if type(new) is type(int.__new__) and getattr(new, '__self__', None) is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        if type(self).__getstate__ is object.__getstate__:
            dict = _object_getstate(self, False)
        else:
            dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


# ---- protocol 2 and later ---------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return a list of slot names for a given class.

    This needs to find slots defined by the class and its bases, because
    each class's __slots__ only lists the slots it adds.  The result is
    cached in the class as __slotnames__.
    """
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    # Private names are mangled with the class name.
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        names.append('_%s%s' % (stripped, name))
                    else:
                        names.append(name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _solid_base(cls):
    # The first built-in class in the MRO: what the instance is made of.
    for base in cls.__mro__:
        if not _is_heap_type(base):
            return base
    return object


def _object_getstate(obj, required):
    """The default object.__getstate__: the instance dict (or None) and,
    when slots are set, a (dict, slots) pair."""
    cls = type(obj)
    if required and _solid_base(cls) is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    if d:
        state = dict(d)
    else:
        state = None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                value = getattr(obj, name)
            except AttributeError:
                continue
            slots[name] = value
        if slots:
            state = (state, slots)
    return state


def _getstate(obj, required):
    getstate = getattr(obj, '__getstate__', None)
    if getstate is None:
        return _object_getstate(obj, required)
    if getattr(type(obj), '__getstate__', None) is object.__getstate__:
        return _object_getstate(obj, required)
    return getstate()


def _getnewargs(obj):
    try:
        getnewargs_ex = obj.__getnewargs_ex__
    except AttributeError:
        pass
    else:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             "not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    try:
        getnewargs = obj.__getnewargs__
    except AttributeError:
        return None, None
    args = getnewargs()
    if not isinstance(args, tuple):
        raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                        % type(args).__name__)
    return args, None


# Built-in types the interpreter cannot recreate through __new__.
_NO_NEW_TYPES = frozenset(['generator', 'coroutine', 'async_generator', 'frame',
                           'code', 'module', 'cell', 'traceback', 'function',
                           'builtin_function_or_method', 'method', 'mappingproxy',
                           'method-wrapper', 'wrapper_descriptor', 'getset_descriptor',
                           'member_descriptor', 'method_descriptor',
                           'classmethod_descriptor', 'NoneType', 'NotImplementedType',
                           'ellipsis'])


def _reduce_newobj(obj):
    cls = type(obj)
    if not _is_heap_type(cls) and cls.__name__ in _NO_NEW_TYPES:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args, kwargs = _getnewargs(obj)
    hasargs = args is not None
    if args is None:
        args = ()
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + args
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _special_reduce(obj, proto):
    # Reductions CPython's built-in types provide in C that Pyclave's do not.
    cls = type(obj)
    name = cls.__name__
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is bytearray or (isinstance(obj, bytearray) and
                            getattr(cls, '__reduce_ex__', None) is object.__reduce_ex__):
        d = getattr(obj, '__dict__', None) or None
        if proto < 3:
            if not obj:
                return cls, (), d
            return cls, (bytes(obj).decode('latin-1'), 'latin-1'), d
        return cls, (bytes(obj),), d
    if name == 'builtin_function_or_method' and not _is_heap_type(cls):
        self = getattr(obj, '__self__', None)
        if self is None or type(self).__name__ == 'module':
            return obj.__qualname__
        return getattr, (self, obj.__name__)
    if name == 'method' and not _is_heap_type(cls):
        return getattr, (obj.__self__, obj.__func__.__name__)
    if name == 'method-wrapper' and not _is_heap_type(cls):
        return getattr, (obj.__self__, obj.__name__)
    if cls is memoryview:
        # Protocol 0/1 fail in copyreg, 2+ on the variable-size check.
        if proto < 2:
            raise TypeError("cannot pickle 'memoryview' object")
        raise TypeError("cannot pickle memoryview objects")
    if name in ('method_descriptor', 'classmethod_descriptor', 'wrapper_descriptor') \
            and not _is_heap_type(cls):
        return getattr, (obj.__objclass__, obj.__name__)
    if obj is NotImplemented:
        return 'NotImplemented'
    if obj is Ellipsis:
        return 'Ellipsis'
    return None


def _object_reduce_ex(obj, proto):
    """What object.__reduce_ex__(proto) returns in CPython."""
    cls = type(obj)
    special = _special_reduce(obj, proto)
    if special is not None:
        return special
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _reduce_ex_for(obj, proto):
    """obj.__reduce_ex__(proto), using the default reduction above when the
    class does not define its own __reduce_ex__."""
    special = _special_reduce(obj, proto)
    if special is not None:
        return special
    if getattr(type(obj), '__reduce_ex__', None) is object.__reduce_ex__:
        return _object_reduce_ex(obj, proto)
    return obj.__reduce_ex__(proto)


# ---- the extension registry (PEP 307) ---------------------------------------
# Only codes 1..0x7fffffff may be used; 1..255 are reserved for Python,
# 256..511 for Zope/Twisted, 512..0x7fffffff for other applications.

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return  # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
