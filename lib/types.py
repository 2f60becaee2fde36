"""Names for built-in types and a few helpers (SimpleNamespace,
MappingProxyType, new_class)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)  # the C type (src/vm/dict.c)
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(type('_S', (), {'__slots__': ('a',)}).__dict__['a'])

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)

# A C type (src/modules/sys.c), as in CPython.
SimpleNamespace = type(sys.implementation)

del sys, _f, _g, _C, _c, _ag




def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__
    (PEP 560) by the classes it stands for."""
    resolved = []
    changed = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
        changed = True
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived of meta and the bases' metaclasses; they must
    form a chain."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if not issubclass(candidate, best):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        best = candidate
    return best


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    co = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(co) is CodeType:
        if co.co_flags & 0x180:
            return func
        if co.co_flags & 0x20:
            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
            return func
    return func


__all__ = [n for n in globals() if n[:1] != '_']
