# Count arguments of itertools functions must be integers (__index__):
# a float is a TypeError (CPython's test_random test_choices, k=2.5).
import itertools


class I:
    def __index__(self):
        return 2


for name, f in [('repeat', lambda k: itertools.repeat('x', k)),
                ('combinations', lambda k: itertools.combinations('abc', k)),
                ('combinations_with_replacement',
                 lambda k: itertools.combinations_with_replacement('abc', k)),
                ('tee', lambda k: itertools.tee('abc', k))]:
    for k in (2.5, '2', None, I(), 2):
        try:
            r = f(k)
            print(name, repr(k) if not isinstance(k, I) else 'I()', 'ok',
                  [list(x) for x in r] if name == 'tee' else list(r))
        except Exception as e:
            print(name, type(e).__name__, e)
print([list(p) for p in [itertools.product('ab', repeat=I())]], end=' ')
try:
    itertools.product('ab', repeat=1.5)
except TypeError as e:
    print(e)
