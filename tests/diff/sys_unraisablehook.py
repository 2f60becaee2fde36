# sys.unraisablehook / sys.__unraisablehook__ and the default hook's output.
import sys


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


print(sys.unraisablehook is sys.__unraisablehook__, callable(sys.__unraisablehook__))
print(sys.__unraisablehook__.__name__)

seen = []


def hook(args):
    T = type(args)
    seen.append(args)
    print('hook', T.__name__, T.__module__, len(args), args.exc_type.__name__, repr(args.exc_value),
          args.exc_traceback is not None, args.err_msg, type(args.object).__name__)
    print('fields', T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)


def gen():
    try:
        yield 1
    finally:
        raise ValueError('boom')


sys.unraisablehook = hook
for x in gen():
    break
print('after', len(seen))

# Building the argument type by hand.
T = type(seen[0])
a = T((KeyError, KeyError('k'), None, 'Custom message', 42))
print(a.exc_type, a.exc_value, a.err_msg, a.object, a[3], tuple(a))
for bad in ((1, 2, 3), (1, 2, 3, 4, 5, 6), 5, 'abcde'):
    try:
        T(bad)
        print('made', bad)
    except TypeError as e:
        print('TypeError', e)

# The default hook writes to sys.stderr.
sys.unraisablehook = sys.__unraisablehook__
real = sys.stderr
for args in (T((ValueError, ValueError('v'), None, None, 'an object')),
             T((ValueError, ValueError('v'), None, 'Exception ignored while testing', [1, 2])),
             T((ValueError, ValueError('v'), None, 'Only message', None)),
             T((ValueError, None, None, None, None)),
             T((KeyError, KeyError('k'), None, None, None)),
             T((ValueError, ValueError(''), None, None, None))):
    sys.stderr = Out()
    try:
        sys.__unraisablehook__(args)
    finally:
        out, sys.stderr = sys.stderr, real
    print(repr(''.join(out.parts[:-1])), out.parts[-1])


class Weird(Exception):
    def __str__(self):
        raise RuntimeError('no str')


class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')


sys.stderr = Out()
try:
    sys.__unraisablehook__(T((Weird, Weird(), None, None, BadRepr())))
finally:
    out, sys.stderr = sys.stderr, real
print(''.join(out.parts))

try:
    sys.__unraisablehook__((1, 2, 3, 4, 5))
except TypeError as e:
    print('TypeError', e)

# With a traceback: the generator finalizer reports through the default hook.
sys.stderr = Out()
try:
    for x in gen():
        break
finally:
    out, sys.stderr = sys.stderr, real
text = ''.join(out.parts)
print(text.replace(__file__, 'FILE').split(' at 0x')[0])
print([l.replace(__file__, 'FILE') for l in text.splitlines()[1:]])


# A failing hook is reported with the default hook.
def bad_hook(args):
    raise OSError('hook failed')


sys.unraisablehook = bad_hook
sys.stderr = Out()
try:
    for x in gen():
        break
finally:
    out, sys.stderr = sys.stderr, real
    sys.unraisablehook = sys.__unraisablehook__
text = ''.join(out.parts)
print(text.splitlines()[0].split(' at 0x')[0])
print([l.split(' at 0x')[0] for l in text.splitlines() if not l.startswith(' ')])

# sys.stderr None: nothing is written, no error.
sys.stderr = None
try:
    sys.__unraisablehook__(T((ValueError, ValueError('v'), None, None, None)))
finally:
    sys.stderr = real
print('done')
