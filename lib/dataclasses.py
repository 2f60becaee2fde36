"""Data classes (PEP 557), written for Pyclave from the dataclasses
documentation: @dataclass generates __init__, __repr__, __eq__, ordering,
__hash__, frozen-instance guards, __match_args__ and __slots__ from the
class's annotations, with CPython 3.11's rules and error messages."""

import sys
import copy
import keyword

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()        # "no default given"


class _FactoryMarker:
    # The default value __init__ shows for fields with a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()        # annotation marking the following fields keyword-only


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ but
    not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_repr_running = set()


def _empty_metadata():
    from types import MappingProxyType
    return MappingProxyType({})


class Field:
    """What field() returns and fields() reports for one attribute."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _empty_metadata()
        else:
            # a live read-only view: later changes to the dict show
            from types import MappingProxyType
            self.metadata = MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        # A field reachable from itself (its type annotation is the field)
        # shows there as ..., as CPython's recursive_repr guard.
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return ('Field('
                    f'name={self.name!r},'
                    f'type={self.type!r},'
                    f'default={self.default!r},'
                    f'default_factory={self.default_factory!r},'
                    f'init={self.init!r},'
                    f'repr={self.repr!r},'
                    f'hash={self.hash!r},'
                    f'compare={self.compare!r},'
                    f'metadata={self.metadata!r},'
                    f'kw_only={self.kw_only!r},'
                    f'_field_type={self._field_type}'
                    ')')
        finally:
            _repr_running.discard(key)

    def __set_name__(self, owner, name):
        # A default that is a descriptor gets __set_name__ too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(type(list[int]))


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Per-field options for a dataclass attribute."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# -- classifying annotations -------------------------------------------------------

def _is_classvar(annotation, typing):
    return (annotation is typing.ClassVar
            or (type(annotation) is typing._GenericAlias
                and annotation.__origin__ is typing.ClassVar))


def _is_initvar(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _is_kw_only(annotation, dataclasses):
    return annotation is dataclasses.KW_ONLY


def _split_string_annotation(text):
    """For a string annotation 'mod.Name[...]' or 'Name[...]': (mod or
    None, Name), or None when it does not start that way."""
    text = text.lstrip()

    def word(s):
        n = 0
        while n < len(s) and (s[n].isalnum() or s[n] == '_'):
            n += 1
        return s[:n], s[n:]
    first, rest = word(text)
    if not first:
        return None
    rest = rest.lstrip()
    if rest.startswith('.'):
        second, _ = word(rest[1:].lstrip())
        if second:
            return first, second
    return None, first


def _string_annotation_is(annotation, cls, module, marker, test):
    """Whether a string annotation names marker (ClassVar, InitVar,
    KW_ONLY) from module, looked up in the defining class's module the way
    CPython does it (no evaluation)."""
    parts = _split_string_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    where = sys.modules.get(cls.__module__).__dict__ if cls.__module__ in sys.modules else {}
    if module_name is None:
        found = where.get(name)
        if found is not None and test(found, module):
            return True
        return False
    if where.get(module_name) is module and getattr(module, name, None) is marker:
        return True
    return False


def _make_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        import types
        if isinstance(default, types.MemberDescriptorType):
            # A __slots__ member is not a default.
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing and (_is_classvar(annotation, typing)
                   or (isinstance(annotation, str)
                       and _string_annotation_is(annotation, cls, typing, typing.ClassVar,
                                                 _is_classvar))):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if (_is_initvar(annotation, this)
                or (isinstance(annotation, str)
                    and _string_annotation_is(annotation, cls, this, this.InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# -- generated methods ---------------------------------------------------------

def _attach(cls, name, value):
    """Set cls.name unless the class body defined it; True if it did."""
    if name in cls.__dict__:
        return True
    if isinstance(value, type(_attach)):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, self_name,
               module_globals, slots):
    # __init__ is compiled from source so that its signature (names,
    # defaults, keyword-only marker, annotations) is a real one, with the
    # interpreter's own binding errors.
    seen_default = False
    for f in std_fields:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        else:
            seen_default = True

    env = {f'_type_{f.name}': f.type for f in all_fields}
    env['MISSING'] = MISSING
    env['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    env['__dataclass_builtins_object__'] = object

    def store(name, value):
        if frozen:
            return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
        return f'{self_name}.{name}={value}'

    body = []
    for f in all_fields:
        slot = f'_dflt_{f.name}'
        if f.default_factory is not MISSING:
            env[slot] = f.default_factory
            if f.init:
                value = f'{slot}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
            else:
                value = f'{slot}()'
        elif f.init:
            if f.default is not MISSING:
                env[slot] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            env[slot] = f.default
            value = slot
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        body.append(store(f.name, value))
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    if not body:
        body = ['pass']

    def param(f):
        if f.default is not MISSING:
            return f'{f.name}:_type_{f.name}=_dflt_{f.name}'
        if f.default_factory is not MISSING:
            return f'{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY'
        return f'{f.name}:_type_{f.name}'
    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)

    env['_return_type'] = None
    env_names = ', '.join(env)
    source = (f'def __create_fn__({env_names}):\n'
              f' def __init__({", ".join(params)}) -> _return_type:\n'
              + ''.join(f'  {line}\n' for line in body)
              + ' return __init__\n')
    namespace = {}
    exec(source, module_globals, namespace)
    return namespace['__create_fn__'](**env)


def _field_tuple(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _make_repr(names):
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            shown = ', '.join([f'{name}={getattr(self, name)!r}' for name in names])
        finally:
            active.discard(key)
        return f'{self.__class__.__qualname__}({shown})'
    # pprint lays out dataclasses with generated reprs field by field.
    __repr__._dataclass_generated_repr = True
    return __repr__


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) == _field_tuple(other, names)
        return NotImplemented
    return __eq__


def _make_order(names):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) < _field_tuple(other, names)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) <= _field_tuple(other, names)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) > _field_tuple(other, names)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) >= _field_tuple(other, names)
        return NotImplemented
    return [__lt__, __le__, __gt__, __ge__]


def _make_hash(names):
    def __hash__(self):
        return hash(_field_tuple(self, names))
    return __hash__


def _make_frozen_guards(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return [__setattr__, __delattr__]


def _hash_action(cls, field_list, unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do with __hash__: the table of the dataclass documentation."""
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if eq and not has_explicit_hash:
        return 'add' if frozen else 'none'
    return None


# -- the signature shown in the generated __doc__ ---------------------------

def _annotation_text(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _class_signature_text(cls, std_fields, kw_fields):
    """The signature part of a generated docstring.  A metaclass with its
    own __call__ makes the signature inspect's (or none, when inspect
    cannot give one), as CPython."""
    if type(cls).__call__ is not type.__call__:
        import inspect
        try:
            return str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            return ''
    return _signature_text(std_fields, kw_fields)


def _signature_text(std_fields, kw_fields):
    def one(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend(one(f) for f in kw_fields)
    return '(' + ', '.join(parts) + ')'


# -- the decorator ----------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    module = sys.modules.get(cls.__module__)
    module_globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases first, the most basic base first.
    all_fields = {}
    frozen_base = False
    dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, _FIELDS, None)
        if inherited is not None:
            dataclass_bases = True
            for f in inherited.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    this = sys.modules[__name__]
    for name, annotation in annotations.items():
        if (_is_kw_only(annotation, this)
                or (isinstance(annotation, str)
                    and _string_annotation_is(annotation, cls, this, this.KW_ONLY, _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_make_field(cls, name, annotation, kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        # A field() object as class attribute becomes its plain default.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if dataclass_bases:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = tuple(f for f in init_fields if f.init and not f.kw_only)
    kw_fields = tuple(f for f in init_fields if f.init and f.kw_only)

    if init:
        _attach(cls, '__init__', _make_init(
            cls, init_fields, std_fields, kw_fields, frozen, hasattr(cls, _POST_INIT_NAME),
            '__dataclass_self__' if 'self' in all_fields else 'self', module_globals, slots))

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        _attach(cls, '__repr__', _make_repr([f.name for f in field_list if f.repr]))
    compared = [f.name for f in field_list if f.compare]
    if eq:
        _attach(cls, '__eq__', _make_eq(compared))
    if order:
        for method in _make_order(compared):
            if _attach(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for method in _make_frozen_guards(cls, tuple(f.name for f in field_list)):
            if _attach(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')

    action = _hash_action(cls, field_list, bool(unsafe_hash), bool(eq), bool(frozen),
                          has_explicit_hash)
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        hashed = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
        method = _make_hash(hashed)
        method.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = method

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _class_signature_text(cls, std_fields, kw_fields)

    if match_args:
        _attach(cls, '__match_args__', tuple(f.name for f in std_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    from abc import update_abstractmethods
    update_abstractmethods(cls)
    return cls


def _slot_names(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        if getattr(cls, '__weakrefoffset__', False):
            yield '__weakref__'
        if getattr(cls, '__dictoffset__', False):
            yield '__dict__'
        return
    if isinstance(declared, str):
        yield declared
    elif not hasattr(declared, '__next__'):
        yield from declared
    else:
        # An iterator was consumed when the class was made: the names
        # cannot be read again (CPython's message).
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, frozen, weakref_slot):
    # __slots__ only works when the class is created, so the class is
    # re-created with them.
    namespace = dict(cls.__dict__)
    if '__slots__' in namespace:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slot_names(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in namespace:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _frozen_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Turn a class with annotated attributes into a dataclass; usable as
    @dataclass or @dataclass(options)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# -- module functions ---------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVars and InitVars
    excluded), in definition order."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, factory, as_dict):
    # Recursively convert dataclass instances, copying containers and
    # deep-copying everything else (as the documentation specifies).
    if _is_dataclass_instance(obj):
        pairs = [(f.name, _convert(getattr(obj, f.name), factory, as_dict)) for f in fields(obj)]
        return factory(pairs if as_dict else [value for _, value in pairs])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(item, factory, as_dict) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, factory, as_dict) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dict of the instance's fields, converted recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the instance's field values, converted recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass from a list of names, (name, type) or (name,
    type, Field) items."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = annotation

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations
    import types
    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed (through __init__,
    so __post_init__ runs again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
