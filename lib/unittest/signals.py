"""Ctrl-C handling of the test runner (-c).  Pyclave has no signal module:
results are still registered so that removeResult works, and the handler
functions exist but do nothing."""

__unittest = True

_results = {}
_interrupt_handler = None


def registerResult(result):
    # Keyed by id: the registry must not keep results alive forever, so
    # an entry is dropped when removeResult is called.
    _results[id(result)] = True


def removeResult(result):
    return bool(_results.pop(id(result), None))


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None
