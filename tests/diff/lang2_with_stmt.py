class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('a', True), CM('b'):
    raise ValueError('inner')
print('after suppressed')
try:
    with CM('a'), CM('b', True):
        raise KeyError('k')
    print('b suppressed')
except KeyError:
    print('not reached')
try:
    with CM('c'):
        raise IndexError('ie')
except IndexError as e:
    print('propagated', e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class EnterRaises:
    def __enter__(self): raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with CM('outer'), EnterRaises():
        pass
except OSError as e:
    print('enter error', e)

class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

# return / break inside with calls exit
def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
        continue
# truthy suppress value
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return 'yes'
with Truthy():
    1 / 0
print('suppressed by truthy')
# target unpacking
class Pair:
    def __enter__(self): return (1, (2, 3))
    def __exit__(self, *a): pass
with Pair() as (a, (b, c)):
    print(a, b, c)
d = {}
with Pair() as d['k']:
    pass
print(d)
# parenthesized with items (3.10+)
with (CM('p1') as p1,
      CM('p2') as p2):
    print(p1, p2)
# __exit__ looked up on type
class InstExit:
    def __init__(self):
        self.__exit__ = lambda *a: None
    def __enter__(self): return self
try:
    with InstExit(): pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
import contextlib
@contextlib.contextmanager
def gen_cm(v):
    print('setup', v)
    try:
        yield v
    except ZeroDivisionError:
        print('gen caught')
    finally:
        print('teardown', v)
with gen_cm(1) as val:
    print('val', val)
with gen_cm(2):
    1 / 0
with contextlib.suppress(KeyError):
    {}['x']
print('end')
