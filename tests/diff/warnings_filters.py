import warnings, sys


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for _ in range(3):
        emit('once-a')
        emit('once-b')
    warnings.simplefilter('module')
    for _ in range(2):
        emit('mod-a')
    warnings.simplefilter('default')
    for _ in range(2):
        emit('def-a')
    warnings.simplefilter('always')
    for _ in range(2):
        emit('alw-a')
print([str(w.message) for w in log])
print(sorted(set(w.category.__name__ for w in log)), all(w.filename == __file__ for w in log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    warnings.filterwarnings('error', message='boom')
    emit('x', RuntimeWarning)
    emit('y', UserWarning)
    try:
        emit('boom now')
    except UserWarning as e:
        print('raised', repr(e))
    try:
        emit('BOOM upper')
    except UserWarning as e:
        print('raised case-insensitively', e)
    warnings.filterwarnings('ignore', module='__main__')
    emit('from main')
print([str(w.message) for w in log])

shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno > 0))


old = warnings.showwarning
warnings.showwarning = my_show
with warnings.catch_warnings():
    warnings.simplefilter('always')
    emit('to hook', FutureWarning)
warnings.showwarning = old
print(shown)

old_fmt = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: 'CUSTOM %s %s\n' % (c.__name__, m)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('formatted', BytesWarning)
warnings.formatwarning = old_fmt
sys.stderr.flush()

m = warnings.WarningMessage('text', UserWarning, 'f.py', 3)
print(str(m))
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
for bad in [lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', message=3), lambda: warnings.simplefilter('ignore', lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print('AssertionError', e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', SyntaxWarning, 'virtual.py', 12, module='virt')
    warnings.warn_explicit(UserWarning('inst'), None, 'v.py', 1)
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])
with warnings.catch_warnings(action='error', category=ImportWarning):
    try:
        warnings.warn('imp', ImportWarning)
    except ImportWarning as e:
        print('ImportWarning', e)
warnings.warn('deprecated in main', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
print(warnings.defaultaction, len(warnings.onceregistry) >= 0)
