# atexit: callbacks run last-in first-out after the program ends; an
# exception (SystemExit too) in one is reported and the others still run.
import atexit
import sys


class Callback:
    def __init__(self, name, exc=None):
        self.name, self.exc = name, exc

    def __repr__(self):
        return '<callback %s>' % self.name

    def __call__(self, *args, **kwargs):
        print('running', self.name, args, kwargs)
        if self.exc is not None:
            raise self.exc


first = Callback('first')
atexit.register(first, 1, y=2)
atexit.register(Callback('boom', ValueError('boom')))
atexit.register(Callback('exit', SystemExit(3)))
removed = Callback('removed')
print(atexit.register(removed) is removed)
atexit.unregister(removed)
atexit.unregister(print)
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
atexit.register(print, 'plain print', 'with', 'args', sep='-')
print('main done')
sys.exit(4)
