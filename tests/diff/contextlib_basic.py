import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator)

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as v:
    print('body', v)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
@contextmanager
def twice():
    yield 1
    yield 2
for cm in (noyield, twice):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
@tag('deco')
def decorated(x):
    print('in decorated', x)
    return x * 2
print(decorated(4), decorated.__name__)
with suppress(KeyError, IndexError):
    [][1]
print('suppressed ok')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed', e)
class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print('null', n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('es'))
    stack.push(lambda *exc: print('push exit', exc[0]))
    print('inside stack')
with ExitStack() as outer:
    outer.callback(print, 'kept')
    saved = outer.pop_all()
print('popped'); saved.close()
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError('orig')
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e.__context__).__name__)
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print('TypeError', e)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print('hidden', 1)
print('captured', b.parts)
with redirect_stderr(b) as w:
    print('err', file=sys.stderr)
print(w is b, b.parts[-2:])
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return None
print(isinstance(CM(), AbstractContextManager), isinstance(5, AbstractContextManager), issubclass(ExitStack, AbstractContextManager))
class mydeco(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit'); return False
@mydeco()
def work():
    print('working')
work()
