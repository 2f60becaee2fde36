# Exceptions CPython reports through sys.unraisablehook: generators closed
# by a loop that owned them, atexit callbacks.
import atexit
import sys

events = []


def hook(args):
    events.append((args.exc_type.__name__, str(args.exc_value), args.err_msg,
                   getattr(args.object, '__name__', type(args.object).__name__),
                   args.exc_traceback.tb_frame.f_code.co_name if args.exc_traceback else None))


def worker(x):
    raise KeyError(x)


def gen():
    try:
        yield 1
    finally:
        raise RuntimeError('in finally')


sys.unraisablehook = hook
for _ in gen():
    break
print(events)
events.clear()


def cb():
    raise ValueError('at exit')


def cb2():
    print('events at exit:', events)


atexit.register(cb2)
atexit.register(cb)
sys.unraisablehook = sys.__unraisablehook__


def cb3():
    raise TypeError('second')


atexit.register(cb3)
sys.stderr = sys.stdout
sys.unraisablehook = hook
