# Instances of Python classes: __reduce_ex__ defaults, __getstate__/__setstate__,
# __slots__, __getnewargs__(_ex), custom __reduce__, nested classes, errors.
import pickle, copyreg, re


def show(label, obj, protos=range(6)):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, 'EXC', type(e).__name__, e)
            continue
        print(label, proto, data.hex())
        try:
            r = pickle.loads(data)
        except Exception as e:
            print('   load EXC', type(e).__name__, e)
            continue
        print('   ->', describe(r))


def describe(r):
    d = getattr(r, '__dict__', None)
    slots = {}
    for name in getattr(type(r), '__slots__', ()):
        if hasattr(r, name):
            slots[name] = getattr(r, name)
    return '%s dict=%s slots=%s' % (type(r).__qualname__,
                                    sorted(d.items()) if d is not None else None,
                                    sorted(slots.items()))


class Plain:
    pass


class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = 'two'
        self.c = [3]


class Slots:
    __slots__ = ('x', 'y', '__private')

    def __init__(self):
        self.x = 1
        self.__private = 2


class SlotsAndDict(Slots):
    def __init__(self):
        super().__init__()
        self.z = 3


class State:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return ('custom', self.v)

    def __setstate__(self, st):
        self.v = st[1] * 10


class NewArgs:
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.ab = (a, b)
        return self

    def __getnewargs__(self):
        return self.ab


class NewArgsEx:
    def __new__(cls, a, *, key):
        self = super().__new__(cls)
        self.a = a
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'key': self.key}


class Reduce2:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduce2, (self.n,))


def setter(obj, state):
    obj.__dict__['via_setter'] = state


class Reduce6:
    def __reduce__(self):
        return (Reduce6, (), {'s': 1}, iter([]), None, setter)


class ReduceStr:
    def __reduce__(self):
        return 'the_instance'


the_instance = ReduceStr()


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class Outer:
    class Inner:
        pass


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


w = WithAttrs()
show('Plain', Plain())
show('WithAttrs', w)
show('Slots', Slots())
show('SlotsAndDict', SlotsAndDict())
show('State', State())
show('NewArgs', NewArgs(1, 'b'))
show('NewArgsEx', NewArgsEx(1, key='k'))
show('Reduce2', Reduce2(7))
show('Reduce6', Reduce6())
show('ReduceStr', the_instance)
ml = MyList([1, 2])
ml.attr = 'x'
show('MyList', ml)
show('MyDict', MyDict(a=1))
show('MyInt', MyInt(42))
show('MyStr', MyStr('s'))
show('MyTuple', MyTuple((1, 2)))
show('MySet', MySet([1]))
show('Outer.Inner', Outer.Inner)
show('Outer.Inner()', Outer.Inner())
show('shared', [w, w, (w,)])
print(copyreg._slotnames(Slots), copyreg._slotnames(SlotsAndDict))

for rv in [(), (1,), (Plain, 1), (len, (1,), None, None, None, None, None), 42, (Plain, (), None, [1])]:
    try:
        pickle.dumps(BadReduce(rv), 2)
    except Exception as e:
        print('bad reduce', type(e).__name__, e)


def local_function():
    class Local:
        pass

    def inner():
        pass
    return Local, inner


for obj in list(local_function()) + [lambda: 0]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(obj, proto)
        except Exception as e:
            msg = str(e)
            msg = re.sub(' at 0x[0-9a-f]+', '', msg)
            print('error', proto, type(e).__name__, msg)

import types
for proto in (0, 2, 4):
    for obj in [(x for x in ()), types.SimpleNamespace]:
        try:
            print(pickle.dumps(obj, proto).hex())
        except Exception as e:
            print('error', proto, type(e).__name__, e)
