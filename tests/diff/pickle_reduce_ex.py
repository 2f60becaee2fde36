# object.__reduce_ex__ / __reduce__ / __getstate__ (CPython 3.11 semantics).
import copy
import copyreg
import pickle


def show(r):
    """A reduce value without addresses: callables by name."""
    if isinstance(r, tuple):
        return tuple(show(x) for x in r)
    if isinstance(r, dict):
        return {k: show(v) for k, v in r.items()}
    if callable(r) and not isinstance(r, type):
        return getattr(r, '__qualname__', r.__class__.__name__)
    if hasattr(r, '__next__'):
        return ('iterator', list(r))
    return r


def attempt(label, f):
    try:
        print(label, show(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain:
    pass


p = Plain()
p.a = 1
p.b = [2]
for proto in range(6):
    attempt('plain %d' % proto, lambda: p.__reduce_ex__(proto))
attempt('plain reduce', lambda: p.__reduce__())
attempt('empty', lambda: Plain().__reduce_ex__(2))
attempt('object', lambda: object().__reduce_ex__(2))
attempt('object0', lambda: object().__reduce_ex__(0))
print(p.__getstate__() is p.__dict__, Plain().__getstate__())


class Slots:
    __slots__ = ('x', 'y', '__z')

    def __init__(self):
        self.x = 1
        self.__z = 3


s = Slots()
attempt('slots getstate', lambda: s.__getstate__())
attempt('slots 2', lambda: s.__reduce_ex__(2))
attempt('slots 0', lambda: s.__reduce_ex__(0))
attempt('slots 1', lambda: s.__reduce_ex__(1))
print(Slots.__slotnames__)


class SlotsDict:
    __slots__ = ('x', '__dict__')


sd = SlotsDict()
sd.x = 5
sd.q = 6
attempt('slotsdict getstate', lambda: sd.__getstate__())
sd2 = SlotsDict()
attempt('slotsdict empty', lambda: sd2.__getstate__())
r = copy.copy(sd)
print(r.x, r.q)
r = pickle.loads(pickle.dumps(sd, 2))
print(r.x, r.q)


class WithArgs:
    def __new__(cls, a, b=0):
        self = object.__new__(cls)
        self.a = a
        self.b = b
        return self

    def __getnewargs__(self):
        return (self.a,)


attempt('newargs', lambda: WithArgs(4, 5).__reduce_ex__(2))


class WithArgsEx(WithArgs):
    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}


attempt('newargs_ex', lambda: WithArgsEx(4, 5).__reduce_ex__(2))
w = pickle.loads(pickle.dumps(WithArgsEx(7, 8), 4))
print(type(w).__name__, w.a, w.b)


class EmptyKw(WithArgs):
    def __getnewargs_ex__(self):
        return (self.a,), {}


attempt('newargs_ex empty kw', lambda: EmptyKw(1).__reduce_ex__(2))


class BadNewArgs:
    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return self.v


class BadNewArgsEx:
    def __init__(self, v):
        self.v = v

    def __getnewargs_ex__(self):
        return self.v


attempt('bad newargs', lambda: BadNewArgs([1]).__reduce_ex__(2))
for v in ([1], (1,), (1, 2, 3), ([1], {}), ((1,), [1])):
    attempt('bad newargs_ex %r' % (v,), lambda: BadNewArgsEx(v).__reduce_ex__(2))


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


for proto in (0, 2, 4):
    attempt('own reduce %d' % proto, lambda: OwnReduce().__reduce_ex__(proto))


class OwnGetstate:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {'state': self.v}

    def __setstate__(self, st):
        self.v = st['state'] * 10


attempt('own getstate 2', lambda: OwnGetstate().__reduce_ex__(2))
attempt('own getstate 0', lambda: OwnGetstate().__reduce_ex__(0))
print(pickle.loads(pickle.dumps(OwnGetstate())).v, copy.copy(OwnGetstate()).v)


class Sub(list):
    pass


l = Sub([1, 2])
l.attr = 'x'
attempt('list sub 2', lambda: l.__reduce_ex__(2))
attempt('list sub 0', lambda: l.__reduce_ex__(0))
r = pickle.loads(pickle.dumps(l, 2))
print(type(r).__name__, r, r.attr)


class DSub(dict):
    pass


d = DSub(a=1)
attempt('dict sub 2', lambda: d.__reduce_ex__(2))
attempt('dict sub 1', lambda: d.__reduce_ex__(1))
r = copy.deepcopy(d)
print(type(r).__name__, r)


class ISub(int):
    pass


attempt('int sub 2', lambda: ISub(5).__reduce_ex__(2))
attempt('int sub 0', lambda: ISub(5).__reduce_ex__(0))
attempt('int sub 1', lambda: pickle.loads(pickle.dumps(ISub(5), 1)))


class Super(Plain):
    def __reduce_ex__(self, proto):
        r = super().__reduce_ex__(proto)
        return r


sp = Super()
sp.k = 1
attempt('super 2', lambda: sp.__reduce_ex__(2))
attempt('super 0', lambda: sp.__reduce_ex__(0))
print(pickle.loads(pickle.dumps(sp)).k)

# errors: argument conversion, unpicklable built-ins
attempt('str proto', lambda: object().__reduce_ex__('2'))
attempt('float proto', lambda: object().__reduce_ex__(2.0))
attempt('big proto', lambda: object().__reduce_ex__(2 ** 40))
attempt('no proto', lambda: object().__reduce_ex__())
attempt('reduce args', lambda: object().__reduce__(1))
attempt('getstate args', lambda: object().__getstate__(1))


def gen():
    yield 1


for o in (gen(), lambda: 0, property(), memoryview(b'x'), None, 1, (1,), b'x', 'x', 1.5):
    for proto in (0, 2):
        attempt('%s %d' % (type(o).__name__, proto), lambda: o.__reduce_ex__(proto))
    attempt('%s getstate' % type(o).__name__, lambda: o.__getstate__())

for o in (gen(), property()):
    attempt('pickle %s' % type(o).__name__, lambda: pickle.dumps(o, 2))


class SlotsNoState:
    __slots__ = ('a',)


for proto in (0, 1, 2):
    attempt('slots dumps %d' % proto, lambda: pickle.loads(pickle.dumps(SlotsNoState(), proto)).__class__.__name__)


class Prop(property):
    pass


attempt('property sub', lambda: Prop().__reduce_ex__(2))
print(copyreg._slotnames(Slots), copyreg.__newobj__(Plain, ).__class__.__name__)
