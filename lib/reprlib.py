"""Size-limited repr() (reprlib), written for Pyclave.

Repr objects shorten the representation of big or deeply nested containers,
long strings and long integers; recursive_repr guards __repr__ methods
against self-reference."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a re-entrant call on the same object
    returns fillvalue instead of recursing forever.  Pyclave runs one thread,
    so the object's id alone identifies an active call."""

    def decorate(method):
        active = set()

        def guarded(self):
            token = id(self)
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, attr, getattr(method, attr, None))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _elide(text, limit, fill):
    """Keep the head and tail of text so that the result has about limit
    characters, with fill in the middle."""
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Limits are instance attributes so that callers can tune them."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            parts = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if count > maxiter:
                parts.append(self.fillvalue)
            body = ', '.join(parts)
            if count == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        parts = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            parts.append('%s: %s' % (self.repr1(key, level - 1),
                                     self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            parts.append(self.fillvalue)
        return '{' + ', '.join(parts) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = builtins.repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = _elide(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            text = _elide(text, self.maxother, self.fillvalue)
        return text


aRepr = Repr()
repr = aRepr.repr
