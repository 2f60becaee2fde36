def f1():
    try:
        return 'try'
    finally:
        return 'finally'
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print('fin', i)
    return i
print(f2())
def f3():
    for i in range(3):
        try:
            continue
        finally:
            print('fin3', i)
f3()
def f4():
    try:
        raise ValueError('x')
    finally:
        return 'swallowed'
print(f4())
def f5():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out'
print(f5())
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f6())
def f7():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    else:
        print('no else')
f7()
def f8():
    try:
        pass
    except Exception:
        print('nope')
    else:
        return 'else'
    finally:
        print('f8 finally')
print(f8())

# bare raise
def reraiser():
    try:
        raise TypeError('orig')
    except TypeError:
        raise
try:
    reraiser()
except TypeError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# exception variable cleared after except
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)

# context / cause
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError as k:
        raise ValueError('b') from k
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b') from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e.__cause__))
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except NotExc:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        print('tuple matched first')
except TypeError as e:
    print(type(e).__name__, e)

# sys.exc_info inside/outside handlers
import sys
print(sys.exc_info())
try:
    raise IndexError('ie')
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError('nested')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
# exception in finally replaces
try:
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
except KeyError as e:
    print(repr(e), repr(e.__context__))
# context not set to itself
try:
    e = ValueError('self')
    try:
        raise e
    except ValueError:
        raise e
except ValueError as e2:
    print(e2.__context__)
# with_traceback, __traceback__
try:
    raise ValueError('tb')
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno > 0)
# return in generator finally
def gfin():
    try:
        yield 1
    finally:
        print('gen finally')
for v in gfin():
    print(v)
# nested try in except with return
def nested():
    try:
        raise ValueError
    except ValueError:
        try:
            return 'from inner try'
        finally:
            print('inner fin')
print(nested())
