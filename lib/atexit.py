"""atexit: functions to call when the interpreter exits normally.

The runtime calls _run_exitfuncs() once, after the main program ended
(normally, by an uncaught exception or by SystemExit) and before the
standard streams are flushed for the last time; callbacks run last
registered, first called.  An exception in a callback (SystemExit too) is
reported on stderr and the next callback still runs, as in CPython."""

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    del _callbacks[:]


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            # CPython reports it through sys.unraisablehook.
            import _traceback
            _traceback.write_unraisable(e, "Exception ignored in atexit callback", func,
                                        e.__traceback__.tb_next)
