def g():
    try:
        x = yield 1
        print('got', x)
        y = yield 2
        print('got', y)
    except ValueError as e:
        print('caught', e)
        yield 'after-throw'
    finally:
        print('finally')
    return 'ret'

it = g()
print(next(it), it.send('a'), it.send('b') if False else '')
print(it.throw(ValueError('boom')))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value, e.args)

it = g()
try:
    it.send('x')
except TypeError as e:
    print(type(e).__name__, e)
print(it.send(None))
it.close()
print(it.gi_frame is None, it.gi_running)
try:
    next(it)
except StopIteration as e:
    print('stop after close', e.value)

# close on unstarted: no finally
it = g()
it.close()
print('closed unstarted', it.gi_frame)
# throw into unstarted
it = g()
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('throw unstarted', type(e).__name__, e)

# generator ignoring GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# close returning value (3.11: close returns None)
def retclose():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = retclose()
next(r)
print(r.close())

# StopIteration inside generator -> RuntimeError
def bad():
    yield 1
    raise StopIteration('oops')
b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def bad2():
    next(iter([]))
    yield
try:
    list(bad2())
except RuntimeError as e:
    print(type(e).__name__, e)

# gi_running
def running():
    print('running?', gen.gi_running)
    yield
gen = running()
next(gen)
print(gen.gi_running)
def reentrant():
    yield next(gen2)
gen2 = reentrant()
try:
    next(gen2)
except ValueError as e:
    print(type(e).__name__, e)

# gi_code / name / qualname
def named(): yield
n = named()
print(n.gi_code.co_name, n.__name__, n.__qualname__)
n.__name__ = 'renamed'
print(n.__name__)
class Q:
    def m(self): yield
print(Q().m().__qualname__)
print(type(n).__name__, hasattr(n, '__iter__'), iter(n) is n)

# throw with type and value, traceback
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print('catcher got', type(e).__name__, e.args)
c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError, 'val')
c.throw(ValueError('inst'))
try:
    c.throw(ValueError('a'), 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# return value in StopIteration; return None
def rv():
    return [1]
    yield
try:
    next(rv())
except StopIteration as e:
    print(e.value, e.args, repr(e))
def rn():
    yield
x = rn(); next(x)
try:
    next(x)
except StopIteration as e:
    print(e.value, e.args, repr(e))

# genexp first iterable evaluated eagerly
def src():
    print('src evaluated')
    return [1, 2]
ge = (x * 2 for x in src())
print('created')
print(list(ge))
try:
    ge2 = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
ge3 = (x for x in [1] for y in 5)
try:
    list(ge3)
except TypeError as e:
    print(type(e).__name__, e)
