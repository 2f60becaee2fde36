"""faulthandler for Pyclave: dump the Python traceback.

Pyclave is memory-safe (a bad access is a Python exception, not a
signal), so there are no fatal signals to catch: enable()/disable() only
record the setting.  dump_traceback() writes the current thread's stack in
CPython's format; it is the only stack, as Pyclave runs one thread at a
time.  The watchdog (dump_traceback_later) and signal registration are
not provided: Pyclave has no timer thread and no signals."""

import sys as _sys

_MAX_FRAME_DEPTH = 100
_enabled = False


def _file_of(file):
    """The stream to write to, checked as CPython checks it (it needs a
    file descriptor)."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        raise ValueError("Pyclave's faulthandler writes to file objects, not to "
                         "file descriptors")
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError("file is not a valid file descriptor")
    try:
        file.flush()
    except Exception:
        pass
    return file


def _write_stack(file, frame, header):
    lines = [header]
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAME_DEPTH:
            lines.append("  ...")
            break
        code = frame.f_code
        lines.append('  File "%s", line %s in %s'
                     % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    file.write("\n".join(lines) + "\n")
    file.flush()


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread into file."""
    file = _file_of(file)
    frame = _sys._getframe(1)
    if all_threads:
        import _thread
        header = "Current thread 0x%016x (most recent call first):" % _thread.get_ident()
    else:
        header = "Stack (most recent call first):"
    _write_stack(file, frame, header)


def enable(file=None, all_threads=True):
    """Enable the fault handler (nothing to catch in Pyclave)."""
    global _enabled
    _file_of(file)
    _enabled = True


def disable():
    """Disable the fault handler."""
    global _enabled
    _enabled = False


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled
