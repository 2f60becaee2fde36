import sys
from contextlib import (ExitStack, contextmanager, suppress, nullcontext, closing,
                        redirect_stdout, AbstractContextManager, ContextDecorator)


class Res:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow


with ExitStack() as st:
    names = [st.enter_context(Res(n)) for n in 'abc']
    st.callback(print, 'callback', 1, sep='-')
    print(names)

try:
    with ExitStack() as st:
        st.enter_context(Res('outer'))
        st.enter_context(Res('swallower', True))
        raise KeyError('k')
    print('suppressed')
except KeyError:
    print('not suppressed')


def bad_cb():
    raise ValueError('from callback')


try:
    with ExitStack() as st:
        st.callback(bad_cb)
        st.enter_context(Res('x'))
        raise IndexError('body')
except ValueError as e:
    print('ValueError', e, 'context:', type(e.__context__).__name__, e.__context__)

with ExitStack() as st:
    st.push(Res('pushed-cm'))
    st.push(lambda *a: print('exit callable', a[0]))
    moved = st.pop_all()
print('after first stack')
moved.close()

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        print('handled in generator')
    finally:
        print('</%s>' % name)


with tag('p') as t:
    print('body', t)
with tag('div'):
    1 / 0
try:
    with tag('span'):
        raise OSError('passes through')
except OSError as e:
    print('caught', e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print(e)


@tag('decorated')
def work(x):
    print('working', x)
    return x * 2


print(work(3), work(4), work.__name__)

with suppress(KeyError, IndexError):
    {}['missing']
print('after suppress')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('IndexError escapes suppress')
with nullcontext(42) as v:
    print('nullcontext', v)


class Thing:
    def close(self):
        print('closed thing')


with closing(Thing()):
    print('using thing')


class Log:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


log = Log()
with redirect_stdout(log):
    print('captured', 1)
print(log.parts)
print(issubclass(Res, AbstractContextManager), isinstance(object(), AbstractContextManager))


class Timed(ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('stop', exc[0])
        return False


@Timed()
def f():
    print('inside f')


f()
