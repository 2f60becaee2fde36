S = r'''
class Meta(type):
    def __subclasscheck__(cls, sub):
        print('subclasscheck called')
        return True
    def __instancecheck__(cls, inst):
        print('instancecheck called')
        return True
class Catch(Exception, metaclass=Meta): pass
try:
    try:
        raise ValueError('v')
    except Catch:
        print('caught by Catch')
except ValueError:
    print('not caught by Catch')
print(issubclass(ValueError, Catch), isinstance(ValueError(), Catch))
###
try:
    raise KeyError('k')
except (ValueError, (TypeError, KeyError)) as e:
    print('nested tuple match', type(e).__name__)
###
errors = (KeyError, IndexError)
try:
    [][1]
except errors as e:
    print('dynamic tuple', type(e).__name__)
###
def f():
    try:
        return 'try'
    finally:
        print('finally runs before return value used')
print(f())
###
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
    finally:
        pass
e = f()
print(type(e).__name__, e.__traceback__ is not None)
###
try:
    raise ValueError('a') from TypeError('b')
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
    e.__cause__ = None
    print(e.__cause__, e.__suppress_context__)
###
e = ValueError()
try:
    e.__cause__ = 5
except TypeError as ex: print(ex)
try:
    e.__context__ = 'x'
except TypeError as ex: print(ex)
e.__suppress_context__ = 1
print(e.__suppress_context__)
###
import sys
try:
    raise ValueError(1)
except ValueError:
    exc = sys.exception() if hasattr(sys, 'exception') else sys.exc_info()[1]
    print(repr(exc))
###
class MyErr(Exception):
    def __init__(self, code, msg='default'):
        super().__init__(code, msg)
        self.code = code
try:
    raise MyErr(404)
except MyErr as e:
    print(e.code, e.args, str(e), repr(e))
###
def gen():
    try:
        yield 1
    except ValueError as e:
        print('gen got', e)
        yield 2
g = gen()
next(g)
print(g.throw(ValueError, ValueError('inst')))
###
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    print('with_traceback', e)
###
def f():
    raise NotImplementedError
try:
    f()
except NotImplementedError as e:
    print(repr(e), str(e) == '', isinstance(e, RuntimeError))
###
try:
    raise NotImplemented
except TypeError as e:
    print(e)
###
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args)
###
for exc in [ValueError, KeyError('k'), StopIteration(1), SystemExit(2), GeneratorExit()]:
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, repr(e))
###
try:
    try:
        raise ValueError
    finally:
        print('finally during exception')
except ValueError:
    print('caught after finally')
###
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f())
###
x = 0
while True:
    try:
        x += 1
        if x > 2: break
    finally:
        print('loop finally', x)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
