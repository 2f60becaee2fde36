"""Weak references -- Pyclave version.

DIFFERENCE FROM CPYTHON: Pyclave's memory manager is a tracing garbage
collector without reference counts, and this module does not hook into it.
A `ref` therefore keeps its referent alive (it behaves like a strong
reference with the weakref API): calling it always returns the object,
callbacks are never invoked by the collector, WeakValueDictionary,
WeakKeyDictionary and WeakSet never drop entries on their own, and
`finalize` objects only run when called explicitly (or at interpreter
exit when `atexit` is true and the runtime supports it).  Programs that use
weak references for caches or back-pointers work unchanged; programs that
rely on objects disappearing at an exact moment observe them staying
alive."""

import sys
import itertools
import _collections_abc

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    """Reference to an object (kept alive in Pyclave, see module docstring)."""
    __slots__ = ('_obj', '_callback', '__callback__')

    def __init__(self, ob, callback=None):
        if type(ob) in (int, str, tuple, type(None), bool, float, bytes, list, dict, set):
            raise TypeError("cannot create weak reference to '%s' object" % type(ob).__name__)
        self._obj = ob
        self._callback = callback
        self.__callback__ = callback
        _refs.setdefault(id(ob), []).append(self)

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        name = getattr(o, '__name__', None)
        if name is not None:
            return '<weakref at %#x; to %r at %#x (%s)>' % (
                id(self), type(o).__name__, id(o), name)
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ReferenceType.__name__ = ReferenceType.__qualname__ = 'ReferenceType'
ref = ReferenceType
_refs = {}


class KeyedRef(ref):
    """Specialized reference that includes a key corresponding to the value.

    This is used in the WeakValueDictionary to avoid having to create
    a function object for each key stored in the mapping.  A shared
    callback object can use the 'key' attribute of a KeyedRef instead
    of getting a reference to the key from an enclosing scope.

    """

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = object.__new__(type)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def getweakrefcount(obj):
    """Return the number of weak references to 'obj'."""
    return len(_refs.get(id(obj), ()))


def getweakrefs(obj):
    """Return a list of all weak reference objects pointing to 'obj'."""
    return list(_refs.get(id(obj), ()))


class ProxyType:
    """Proxy forwarding attribute access to its referent."""
    __slots__ = ('_ref',)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj, callback))

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_ref')(), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ref')(), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ref')(), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_ref')())

    def __len__(self):
        return len(object.__getattribute__(self, '_ref')())

    def __iter__(self):
        return iter(object.__getattribute__(self, '_ref')())

    def __getitem__(self, key):
        return object.__getattribute__(self, '_ref')()[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_ref')()[key] = value

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_ref')()

    def __eq__(self, other):
        return object.__getattribute__(self, '_ref')() == other

    def __bool__(self):
        return bool(object.__getattribute__(self, '_ref')())

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_ref')()(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """Create a proxy object that weakly references 'obj'."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ref):
    """A ref to a bound method: calling it returns a new bound method."""
    __slots__ = ('_meth_type',)

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        super().__init__(meth, callback)
        self._meth_type = type(meth)

    def __call__(self):
        return self._obj


class WeakValueDictionary(_collections_abc.MutableMapping):
    """Mapping class that references values weakly (strongly in Pyclave)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return self.__class__(self.data)

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def items(self):
        return list(self.data.items())

    def keys(self):
        return list(self.data.keys())

    def values(self):
        return list(self.data.values())

    def itervaluerefs(self):
        return iter([ref(v) for v in self.data.values()])

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]

    def setdefault(self, key, default=None):
        return self.data.setdefault(key, default)

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def __or__(self, other):
        if isinstance(other, (dict, _collections_abc.MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """Mapping class that references keys weakly (strongly in Pyclave)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        ref(key)  # TypeError for keys that cannot be weakly referenced
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return self.__class__(self.data)

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def keyrefs(self):
        return [ref(k) for k in self.data]

    def setdefault(self, key, default=None):
        return self.data.setdefault(key, default)

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()


class WeakSet(_collections_abc.MutableSet):
    """Set of weakly referenced objects (strongly in Pyclave)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self):
        return self.data.pop()

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def update(self, other):
        for element in other:
            self.add(element)

    def __repr__(self):
        return repr(self.data)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def union(self, other):
        return self._from_iterable(list(self.data) + list(other))

    __or__ = union

    def difference(self, other):
        return self._from_iterable(x for x in self.data if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return self._from_iterable(x for x in other if x in self.data)

    __and__ = intersection

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(other)
        return self

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(other)
        return self

    def symmetric_difference(self, other):
        return self._from_iterable(self.data.symmetric_difference(other))

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(other)
        return self

    def __ior__(self, other):
        self.update(other)
        return self

    def issubset(self, other):
        return self.data.issubset(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(other)

    def issuperset(self, other):
        return self.data.issuperset(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(other)

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    __hash__ = None


class finalize:
    """Class for finalization of objects (called explicitly in Pyclave)."""

    __slots__ = ('_key', '__weakref__')
    _registry = {}
    _index = 0

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._key = info.index
        finalize._registry[self._key] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self._key, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self._key)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self._key, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self._key)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._key in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self._key)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self._key)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self._key)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
