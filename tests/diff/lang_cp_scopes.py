# Tricky scoping and evaluation-order cases.
log = []


def ev(tag, value=None):
    log.append(tag)
    return tag if value is None else value


class A:
    def method(self):
        return [lambda: __class__.__name__, lambda: super().__repr__ is not None]

    def nested(self):
        def inner():
            return __class__
        return inner().__name__


fns = A().method()
print(fns[0](), A().nested())


class B:
    items = [1, 2, 3]
    firsts = [x for x in items]
    total = sum(items)
    scale = 10
    try:
        scaled = [x * scale for x in items]
    except NameError as e:
        scaled = str(e)


print(B.firsts, B.total, B.scaled)


class G:
    global gvar
    gvar = 'set in class'


print(gvar)


def outer():
    value = 1

    class K:
        def m(self):
            nonlocal value
            value += 1
            return value
    k = K()
    k.m()
    return k.m(), value


print(outer())


def deco(name):
    ev('deco ' + name)
    return lambda f: f


@deco('one')
@deco('two')
def decorated(a=ev('default')):
    pass


print(log)
log.clear()
d = {ev('k1'): ev('v1'), ev('k2'): ev('v2')}
print(log, d)
log.clear()
print(ev('f', print)(ev('a1'), ev('a2'), sep=ev('s', '-')))
print(log)
log.clear()
lst = [0, 0]
lst[ev('idx', 1)] += ev('inc', 5)
print(lst, log)
log.clear()
print(ev('a', 1) < ev('b', 2) < ev('c', 3), log)


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
            if i == 2:
                continue
    return out


print(loop_finally())


def finally_overrides():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'


print(finally_overrides())


def same_name_handlers():
    try:
        raise KeyError('outer')
    except KeyError as e:
        try:
            raise ValueError('inner')
        except ValueError as e:
            inner = str(e)
        try:
            e
        except NameError:
            return inner + ' / e deleted'


print(same_name_handlers())


def with_break_in_try():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            log.append('exit')
    for i in range(3):
        try:
            with CM():
                if i == 1:
                    break
        finally:
            log.append('finally %d' % i)
    return log


log.clear()
print(with_break_in_try())


def gen_finally_return():
    try:
        yield 1
    finally:
        return


print(list(gen_finally_return()))
for a, *b in [(1, 2, 3), (4, 5)]:
    print(a, b)
funcs = []
for i in range(3):
    def capture(i=i):
        return i
    funcs.append(capture)
print([f() for f in funcs])


class Defaults:
    base = 5
    fn = lambda self, v=base: v


print(Defaults().fn())
x = 'global x'


def reads_global():
    return x


def shadows():
    x = 'local x'
    return reads_global(), x


print(shadows())


def del_then_assign():
    v = 1
    del v
    v = 2
    return v


print(del_then_assign())


def nonlocal_chain():
    a = 0

    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()


print(nonlocal_chain())
try:
    exec('def f():\n    x = 1\n    def g():\n        return x\n    del x\n    return g()\nf()')
except NameError as e:
    print(type(e).__name__, e)
print((lambda: (yield))().__class__.__name__)
print([(yield_) for yield_ in range(2)])
