# Built-in objects: by reference, via their reductions, or refused.
import pickle, sys


def gen():
    yield 1


objs = [gen(), sys, memoryview(b'a'), object(), type, print, len, str.join, dict.fromkeys,
        [].append, (1).__add__, {}.keys(), property(), staticmethod(len), classmethod(len),
        super, slice(1, None, -1), Ellipsis, NotImplemented, type(None), type(...),
        type(NotImplemented), frozenset, bytes, bytearray(b'x'), range(5), 3 + 4j,
        ValueError('v'), OSError(2, 'no such file'), KeyError('k'), StopIteration(5)]
for o in objs:
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
        except Exception as e:
            print(p, type(o).__name__, 'EXC', type(e).__name__, e)
            continue
        r = pickle.loads(d)
        if isinstance(r, BaseException):
            r = (type(r).__name__, r.args)
        elif callable(r) and not isinstance(r, type):
            r = getattr(r, '__qualname__', type(r).__name__)
        if type(r) is object:
            r = 'an object'
        print(p, type(o).__name__, d.hex(), r)
