# try / except / else / finally; unwinding with break, continue and return.
import sys


def f(kind):
    try:
        if kind == 1:
            raise ValueError('v')
        if kind == 2:
            raise KeyError('k')
        if kind == 3:
            return 'returned'
        print('body ok')
    except ValueError as e:
        print('caught', repr(e))
        return 'from except'
    except (KeyError, TypeError) as e:
        print('caught tuple', repr(e))
    else:
        print('else')
    finally:
        print('finally', kind)
    return 'end'


for k in range(4):
    print(f(k))


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('g body', i)
        finally:
            print('g finally', i)
    return 'g done'


print(g())


def h():
    try:
        return 'try'
    finally:
        print('h finally runs')


print(h())


def override():
    try:
        return 1
    finally:
        return 2


print(override())


def swallow():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            break
    return 'swallowed'


print(swallow())


def nested():
    try:
        try:
            raise TypeError('inner')
        except TypeError as e:
            print('inner caught', e)
            raise ValueError('outer') from e
    except ValueError as e:
        print('outer caught', e, 'cause:', repr(e.__cause__), 'context:', repr(e.__context__))


nested()


def context():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('during')
    except KeyError as e:
        print(repr(e), repr(e.__context__), e.__suppress_context__)


context()


def exc_info():
    print(sys.exc_info()[0])
    try:
        raise IndexError('x')
    except IndexError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError('y')
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])


exc_info()


def name_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        print(err)
    except UnboundLocalError as e:
        print('deleted:', e)


name_deleted()


def bare_reraise():
    try:
        try:
            raise ValueError('again')
        except ValueError:
            raise
    except ValueError as e:
        print('reraised', e)


bare_reraise()


def unmatched():
    try:
        try:
            raise KeyError('no match')
        except ValueError:
            print('wrong')
    except KeyError as e:
        print('propagated', e)
    print(sys.exc_info()[0])


unmatched()


def in_finally_exception():
    try:
        try:
            raise ValueError('first')
        finally:
            print('cleanup')
    except ValueError as e:
        print('after finally', e)


in_finally_exception()


def loop_try():
    out = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError:
            out.append(-i)
            continue
        finally:
            out.append('f')
    return out


print(loop_try())


def while_break_except():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                raise StopIteration
        except StopIteration:
            break
    return n


print(while_break_except())


def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return 'from handler'
    finally:
        print('finally after handler return')


print(return_in_except())
print(sys.exc_info())


def raise_in_handler_type():
    try:
        raise ValueError
    except undefined_name:
        pass


try:
    raise_in_handler_type()
except NameError as e:
    print('NameError:', e)
print(sys.exc_info())
try:
    raise ValueError('top')
except Exception as e:
    print(type(e).__name__, e.args)
try:
    try:
        raise 42
    except TypeError as e:
        print(e)
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    assert 1 == 2, 'assertion message'
except AssertionError as e:
    print('assert:', e)
try:
    assert False
except AssertionError as e:
    print('assert no msg:', repr(e))
