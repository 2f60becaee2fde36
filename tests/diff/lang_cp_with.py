# with statements: enter/exit order, suppression, several items, unwinding.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress


with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('n'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)


def ret():
    with CM('r'):
        return 'value'


print(ret())


def loop():
    for i in range(3):
        with CM(str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    return 'loop done'


print(loop())
with CM('t') as (p):
    print(p)


class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return False


with Pair() as (a, b):
    print(a + b)
lst = [None]
with Pair() as lst[0]:
    pass
print(lst)
try:
    with 42:
        pass
except TypeError as e:
    print(e)


class Raises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError('from exit')


try:
    with Raises():
        raise ValueError('body')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


def nested_return():
    with CM('outer'):
        with CM('inner'):
            try:
                return 'deep'
            finally:
                print('finally inside')


print(nested_return())
