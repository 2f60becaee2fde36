def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        y = yield 'i2'
        print('inner got', y)
    except KeyError as e:
        print('inner caught', e)
        yield 'i-exc'
    finally:
        print('inner finally')
    return 'inner-ret'

def outer():
    r = yield from inner()
    print('outer got return', r)
    yield 'o-end'

o = outer()
print(next(o))
print(o.send('A'))
print(o.send('B'))
try:
    next(o)
except StopIteration:
    print('done')

o = outer()
next(o)
print(o.throw(KeyError('k')))
print(next(o))

o = outer()
next(o)
o.close()
print('closed')

# throw not handled by inner propagates through outer
o = outer()
next(o)
try:
    o.throw(ValueError('v'))
except ValueError as e:
    print('propagated', e)

# yield from iterator without send/throw
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
def deleg():
    r = yield from It()
    print('ret', r)
d = deleg()
print(next(d), d.send(None))
try:
    d.send('x')
except StopIteration:
    print('stopped')
d = deleg()
next(d)
try:
    d.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

d = deleg()
next(d)
try:
    d.throw(IndexError('ix'))
except IndexError as e:
    print('thrown through iterator', e)

# close delegated to iterator with close()
class WithClose(It):
    def close(self): print('WithClose.close')
def deleg2():
    yield from WithClose()
d = deleg2()
next(d)
d.close()

# yield from with return via StopIteration value
class RetIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('value!')
def deleg3():
    r = yield from RetIt()
    return r
try:
    next(deleg3())
except StopIteration as e:
    print('value', e.value)

# yield from non-iterable
def deleg4():
    yield from 5
try:
    next(deleg4())
except TypeError as e:
    print(type(e).__name__, e)

# nested yield from chain
def a():
    yield 1
    return 'a'
def b():
    r = yield from a()
    yield r
    return 'b'
def c():
    r = yield from b()
    yield r
print(list(c()))
# yield from generator already running/finished
def fin():
    return 'f'
    yield
def use():
    g = fin()
    r1 = yield from g
    r2 = yield from g
    yield (r1, r2)
print(list(use()))
# send to subgenerator with value before started
def sub():
    x = yield
    print('sub received', x)
    yield x
def top():
    yield from sub()
t = top()
next(t)
print(t.send(42))
# GeneratorExit in sub propagates
def sub2():
    try:
        yield 1
    except GeneratorExit:
        print('sub2 GeneratorExit')
        raise
def top2():
    try:
        yield from sub2()
    except GeneratorExit:
        print('top2 GeneratorExit')
        raise
t = top2()
next(t)
t.close()
