# faulthandler: enable/disable/is_enabled and dump_traceback's format.
import faulthandler
import io
import sys


def inner():
    sys.stdout.flush()
    faulthandler.dump_traceback(sys.stdout, all_threads=False)


def outer():
    inner()


outer()
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())
try:
    faulthandler.dump_traceback(io.StringIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
faulthandler.enable(file=None)
faulthandler.disable()
sys.stdout.flush()


def recurse(n):
    if n:
        return recurse(n - 1)
    sys.stdout.flush()
    faulthandler.dump_traceback(sys.stdout, all_threads=False)


recurse(3)
print("end")
