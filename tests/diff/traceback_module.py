import sys
import traceback


def inner(data):
    return data['key'] + 1


def middle(data):
    return inner(data)


def outer():
    try:
        middle({})
    except KeyError as e:
        raise ValueError('wrapped') from e


def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    return recurse(n - 1)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text, end='')
    print(len(traceback.format_exception(*sys.exc_info())), traceback.format_exc(chain=False), end='')
    print(traceback.format_exc(limit=1), end='')
    print(traceback.format_exc(limit=-1), end='')
    traceback.print_exc(file=sys.stdout)
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(len(summary), [(fs.name, fs.lineno, fs.line) for fs in summary], summary[0][0].endswith('.py'), summary[0] == summary[0])
    print(''.join(traceback.format_tb(tb)), end='')
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, te.__context__ is None, len(list(te.format())))
    print(''.join(te.format_exception_only()), end='')

try:
    recurse(30)
except RecursionError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end='')

try:
    exec('x = (1 +\n')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    undefined_nam
except NameError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
err = ValueError('with note')
err.add_note('a note')
err.add_note('second\nmultiline')
print(traceback.format_exception_only(err))
print(traceback.format_exception(KeyError('k')), traceback.format_exception_only(None), traceback.format_exc())


def show_stack():
    return traceback.extract_stack(limit=2), traceback.format_stack(limit=1)


st, fs = show_stack()
print([(f.name, f.line) for f in st], fs[0].splitlines()[1].strip())
fsum = traceback.FrameSummary('file.py', 10, 'func', line='x = 1')
print(repr(fsum), list(fsum), fsum.line, len(fsum), fsum == ('file.py', 10, 'func', 'x = 1'))
print(traceback.format_list([('a.py', 1, 'f', 'pass'), fsum]), traceback.StackSummary.from_list([('b.py', 2, 'g', None)]).format())
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError', e)
