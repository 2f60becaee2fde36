"""Helpers for pickle and copy: the reduction registry (Pyclave).

Written from the library documentation and PEP 307; CPython 3.11's
observable behaviour is the oracle.  object.__reduce_ex__ (in C) uses
_reduce_ex, __newobj__, __newobj_ex__ and _slotnames from here; pickle asks
_reduce_ex_for, which adds the reductions of a few built-in types Pyclave
does not implement in C."""

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
# object.__reduce_ex__(proto) calls _reduce_ex for protocols 0 and 1; for
# protocol 2 and later it uses __newobj__ / __newobj_ex__ and _slotnames.

_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    # The instance is rebuilt from its first built-in base (or from a class
    # whose __new__ is a built-in of its own).
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
            break
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
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


def _is_heap_type(cls):
    return bool(getattr(cls, '__flags__', 0) & _HEAPTYPE)


def _special_reduce(obj, proto):
    # Reductions CPython's built-in types provide in C that Pyclave's
    # (built-in methods and bytearray) do not.
    cls = type(obj)
    name = cls.__name__
    if cls is bytearray or (isinstance(obj, bytearray) and
                            getattr(cls, '__reduce_ex__', None) is object.__reduce_ex__):
        d = obj.__getstate__()
        if not obj:
            return cls, (), d
        if proto < 3:
            return cls, (bytes(obj).decode('latin-1'), 'latin-1'), d
        return cls, (bytes(obj),), d
    if name == 'builtin_function_or_method' and not _is_heap_type(cls):
        self = getattr(obj, '__self__', None)
        if self is None or type(self).__name__ == 'module':
            return obj.__qualname__
        return getattr, (self, obj.__name__)
    if name == 'method-wrapper' and not _is_heap_type(cls):
        return getattr, (obj.__self__, obj.__name__)
    if name in ('method_descriptor', 'classmethod_descriptor', 'wrapper_descriptor') \
            and not _is_heap_type(cls):
        return getattr, (obj.__objclass__, obj.__name__)
    return None


def _reduce_ex_for(obj, proto):
    """obj.__reduce_ex__(proto), for the built-in types whose reduction
    Pyclave keeps here (see _special_reduce)."""
    special = _special_reduce(obj, proto)
    if special is not None:
        return special
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
