"""Generic (shallow and deep) copying operations.

copy(x) and deepcopy(x) follow the documented protocol: atomic objects
(numbers, strings, code, functions, classes, ranges, slices, weak
references...) are returned as they are; lists, dicts, sets and
bytearrays are copied directly; otherwise the class's __copy__ /
__deepcopy__(memo), then a reduction function registered with copyreg
(copyreg.dispatch_table), then x.__reduce_ex__(4) or x.__reduce__() give
how to rebuild the object, and _reconstruct() rebuilds it (state through
__setstate__ or the instance dict and slots, list and dict items)."""

import types
import weakref
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# -- shallow copy --

_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (types.NoneType, int, float, bool, complex, str, tuple,
          bytes, frozenset, type, range, slice, property,
          types.BuiltinFunctionType, types.EllipsisType,
          types.NotImplementedType, types.FunctionType, types.CodeType,
          weakref.ref):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        # a metaclass instance: a class, copied as itself
        return _copy_immutable(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduction(x, cls, kind):
    reductor = dispatch_table.get(cls, None)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


# -- deep copy --

_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (types.NoneType, types.EllipsisType, types.NotImplementedType,
          int, float, bool, complex, bytes, str, types.CodeType, type,
          range, types.BuiltinFunctionType, types.FunctionType,
          weakref.ref, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=None):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=None):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself was already copied by a recursive call.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=None):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _deepcopy_bytearray(x, memo):
    # CPython gets here through bytearray.__reduce_ex__(4); Pyclave's
    # bytearray cannot be reduced yet, and a new bytearray with the same
    # bytes is what that reduction rebuilds.
    return bytearray(x)


d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[bytearray] = _deepcopy_bytearray
d[dict] = _deepcopy_dict
d[types.MethodType] = _deepcopy_method
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        if copier in (_deepcopy_list, _deepcopy_tuple, _deepcopy_dict):
            y = copier(x, memo, deepcopy)
        else:
            y = copier(x, memo)
    elif issubclass(cls, type):
        y = _deepcopy_atomic(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # an object is never its own copy unless it is atomic
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as memo: ids in memo must stay unique."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
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
