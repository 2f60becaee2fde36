# The handled exception (sys.exc_info) across break/continue/return/yield.
import sys
def cur():
    e = sys.exc_info()[1]
    return repr(e)
def t1():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 0:
                continue
            break
    return cur()
print(t1())
def t2():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError:
            return cur()
print(t2(), cur())
def t3():
    try:
        raise KeyError('outer')
    except KeyError:
        for i in range(3):
            try:
                raise ValueError(i)
            except ValueError:
                if i == 1:
                    break
        return cur()
print(t3())
def t4():
    try:
        try:
            raise KeyError('k')
        finally:
            print('in finally', cur())
    except KeyError:
        pass
    return cur()
print(t4())
def t5():
    while True:
        try:
            raise ValueError('w')
        finally:
            break
    return cur()
print(t5())
def t6():
    try:
        raise KeyError('k')
    except KeyError as e:
        def inner():
            return cur()
        return inner()
print(t6())
def g():
    try:
        raise KeyError('in gen')
    except KeyError:
        yield cur()
        yield cur()
    yield cur()
it = g()
print(next(it), cur())
print(next(it))
print(next(it))
def t7():
    try:
        raise ValueError('v')
    except ValueError:
        with open if False else Ctx():
            pass
        return cur()
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit sees', cur())
print(t7())
def t8():
    try:
        raise ValueError('orig')
    except ValueError as e:
        try:
            raise
        except ValueError as e2:
            return e is e2
print(t8())
def t9():
    try:
        1/0
    except ZeroDivisionError:
        pass
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(t9())
