"""Context variables (PEP 567) for Pyclave.

Written from the library documentation; CPython 3.11's behaviour is the
oracle.  Pyclave runs one thread, so there is exactly one "current"
context at a time: the module-level _current, replaced while Context.run()
runs.  A Context maps ContextVar -> value; it is treated as immutable
(copy-on-write), so copy_context() is cheap and a copy never sees later
changes.  CPython's HAMT iteration order is hash based (not insertion
order); here iteration follows insertion order, which is one of the
orders CPython may produce.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()
_TOKEN_KEY = object()


def _addr(obj):
    return '0x%x' % id(obj)


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce__(self):
        return 'MISSING'


_MissingType.__name__ = 'Token.MISSING'
_MissingType.__qualname__ = 'Token.MISSING'
_MISSING = _MissingType()


def _check_var(key):
    if not isinstance(key, ContextVar):
        raise TypeError('a ContextVar key was expected, got %r' % (key,))


class Context:
    """A mapping of ContextVar objects to their values."""

    __slots__ = ('_data', '_prev', '_entered')
    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._prev = None
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'run' of '_contextvars.Context' object needs an argument")
        self = args[0]
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        func = args[1]
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %s is already entered'
                               % (object.__repr__(self),))
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return func(*args[2:], **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        _check_var(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, var, default=None):
        _check_var(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data != other._data


_current = Context()


def copy_context():
    """Return a copy of the current Context object."""
    return _current.copy()


class ContextVar:
    """A context variable: its value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('ContextVar() takes at most 1 positional argument (%d given)'
                            % len(args))
        if args:
            name = args[0]
            if 'name' in kwargs:
                raise TypeError("argument for ContextVar() given by name ('name') "
                                "and position (1)")
        elif 'name' in kwargs:
            name = kwargs.pop('name')
        else:
            raise TypeError("ContextVar() missing required argument 'name' (pos 1)")
        default = kwargs.pop('default', _NO_DEFAULT)
        for k in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for ContextVar()" % k)
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def __setattr__(self, attr, value):
        if attr == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError("'_contextvars.ContextVar' object has no attribute '%s'" % attr)

    def __delattr__(self, attr):
        self.__setattr__(attr, None)

    def get(self, *args):
        """Return the value in the current context, else the default."""
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Set a new value in the current context; return a Token."""
        if len(args) != 1:
            raise TypeError('ContextVar.set() takes exactly one argument (%d given)' % len(args))
        ctx = _current
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = args[0]
        ctx._data = data
        return Token(_TOKEN_KEY, ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before set() returned token."""
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        object.__setattr__(token, '_used', True)
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data

    def __repr__(self):
        if self._default is _NO_DEFAULT:
            return '<ContextVar name=%r at %s>' % (self._name, _addr(self))
        return '<ContextVar name=%r default=%r at %s>' % (self._name, self._default,
                                                          _addr(self))

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Token:
    """Returned by ContextVar.set(); pass it to ContextVar.reset()."""

    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _MISSING

    def __init__(self, *args):
        if len(args) != 4 or args[0] is not _TOKEN_KEY:
            raise RuntimeError('Tokens can only be created by ContextVars')
        object.__setattr__(self, '_ctx', args[1])
        object.__setattr__(self, '_var', args[2])
        object.__setattr__(self, '_old', args[3])
        object.__setattr__(self, '_used', False)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __setattr__(self, attr, value):
        if attr in ('var', 'old_value'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'_contextvars.Token' object has no attribute '%s'" % attr)

    def __delattr__(self, attr):
        self.__setattr__(attr, None)

    def __repr__(self):
        return '<Token%s var=%r at %s>' % (' used' if self._used else '', self._var,
                                          _addr(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _fix_names():
    try:
        from _pyclave import c_type_name
    except ImportError:
        return
    c_type_name(Context, '_contextvars.Context')
    c_type_name(ContextVar, '_contextvars.ContextVar')
    c_type_name(Token, '_contextvars.Token')


_fix_names()
del _fix_names
