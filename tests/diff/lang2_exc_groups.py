eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: e.args[0] > 1)))
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('x', [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
b = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(b).__name__)
b2 = BaseExceptionGroup('b', [ValueError()])
print(type(b2).__name__)

try:
    raise ExceptionGroup('grp', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
except* ValueError as e:
    print('caught V', repr(e))
except* TypeError as e:
    print('caught T', repr(e))

try:
    try:
        raise ExceptionGroup('grp', [ValueError('v'), KeyError('k')])
    except* ValueError:
        print('handled V')
except ExceptionGroup as e:
    print('remaining', repr(e))

try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked wrapped', repr(e), type(e).__name__)

try:
    try:
        raise ExceptionGroup('g', [ValueError('a')])
    except* ValueError:
        raise KeyError('new')
except ExceptionGroup as e:
    print('raised in handler', repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print('plain keyerror', repr(e))

nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
try:
    raise nested
except* ValueError as e:
    print('nested V', repr(e))
except* TypeError as e:
    print('nested T', repr(e))

try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('reraise', repr(e))

def f():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        pass
    return 'ok'
print(f())
eg = ExceptionGroup('n', [ValueError('a')])
eg.add_note('note1')
print(eg.__notes__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
m = MyEG('mine', [ValueError(1), KeyError(2)])
print(repr(m.split(ValueError)))
