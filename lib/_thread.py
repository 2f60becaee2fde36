"""Low-level threading primitives for Pyclave (single-threaded runtime).

Written from the library documentation; CPython 3.11 is the oracle.
Pyclave (and the enclave it runs in) has exactly one OS thread.  A "thread"
started with start_new_thread() (or threading.Thread.start()) runs to
completion synchronously, inside the call that starts it, under its own
thread identifier; get_ident() returns that identifier while it runs.
Consequences, compared with CPython:

- start_new_thread() returns only after the function has finished.
- A lock that is already held can never be released by "another thread"
  while the caller waits, so a blocking acquire() without a timeout on a
  held lock raises RuntimeError (CPython would wait forever); with a
  timeout it returns False at once instead of waiting.
"""

import sys as _sys

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

# Thread identifiers: the main thread's, then one per started thread.
_MAIN_IDENT = 140000000001000
_ident_counter = [0]
_current = [_MAIN_IDENT]
_running = [0]          # threads started by start_new_thread still running
_stack_size = [0]


def _new_ident():
    _ident_counter[0] += 1
    return _MAIN_IDENT + _ident_counter[0] * 0x1000


def get_ident():
    """Return a non-zero integer identifying the current thread."""
    return _current[0]


def get_native_id():
    """Return the native integral thread ID of the current thread."""
    return _current[0]


def _count():
    """Return the number of threads started here that are still running."""
    return _running[0]


def _deadlock(what):
    raise RuntimeError('%s would block forever: Pyclave runs a single thread, '
                       'so no other thread can ever wake it up' % what)


def _check_acquire_args(blocking, timeout):
    """Validate acquire()'s arguments like CPython; return the timeout."""
    if timeout is None:
        timeout = -1
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timestamp out of range for platform time_t')
    return timeout


class LockType:
    """A primitive lock: acquire() / release(), usable in `with`."""

    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_acquire_args(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout != -1:
            return False
        _deadlock('acquiring a lock that is already held')

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return '<%s %s.%s object at 0x%x>' % (
            'locked' if self._locked else 'unlocked',
            type(self).__module__, type(self).__qualname__, id(self))


LockType.__name__ = LockType.__qualname__ = 'lock'
lock = LockType


def allocate_lock():
    """Create a new lock object (an unlocked threading.Lock)."""
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the owning thread may acquire it repeatedly."""

    __slots__ = ('_owner', '_count', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_acquire_args(blocking, timeout)
        me = _current[0]
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        if not blocking or timeout != -1:
            return False
        _deadlock('acquiring an RLock held by another thread')

    def release(self):
        if not self._count or self._owner != _current[0]:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == _current[0]

    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0

    def __repr__(self):
        return '<%s %s.%s object owner=%d count=%d at 0x%x>' % (
            'locked' if self._count else 'unlocked',
            type(self).__module__, type(self).__qualname__,
            self._owner or 0, self._count, id(self))


class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook (a struct sequence in CPython)."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, '
                'thread=%r)' % tuple(self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _excepthook(args):
    """Print an exception raised by a thread's run() to sys.stderr."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        if args.thread is None:
            return
        stderr = getattr(args.thread, '_stderr', None)
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print('Exception in thread %s:' % name, file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


def _run_as_thread(ident, func, args, kwargs):
    """Run func(*args, **kwargs) as the thread `ident`; exceptions propagate."""
    saved = _current[0]
    _current[0] = ident
    _running[0] += 1
    try:
        # a new thread starts in a new, empty contextvars.Context
        from _contextvars import Context
        return Context().run(func, *args, **kwargs)
    finally:
        _running[0] -= 1
        _current[0] = saved


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) as a new thread; return its identifier.

    Pyclave runs the function to completion before returning."""
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if not callable(function):
        raise TypeError('first arg must be callable')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    ident = _new_ident()
    try:
        _run_as_thread(ident, function, args, kwargs or {})
    except SystemExit:
        pass
    except BaseException as exc:
        # CPython reports it through sys.unraisablehook, with the traceback
        # starting at the thread's function.
        import _traceback
        tb = exc.__traceback__
        code = getattr(function, '__code__', None)
        t = tb
        while t is not None and t.tb_frame.f_code is not code:
            t = t.tb_next
        _traceback.write_unraisable(exc, 'Exception ignored in thread started by',
                                    function, t if t is not None else tb)
    return ident


start_new = start_new_thread


def exit():
    """Exit the current thread by raising SystemExit."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Raise KeyboardInterrupt in the main thread (here: at once)."""
    raise KeyboardInterrupt


def stack_size(size=0):
    """Return the stack size used for new threads; optionally set it."""
    if size != 0 and size < 32768:
        if size < 0:
            raise ValueError('size must be 0 or a positive value')
        raise ValueError('size not valid: %d bytes' % size)
    old = _stack_size[0]
    _stack_size[0] = size
    return old


def daemon_threads_allowed():
    return True


def _fix_names():
    try:
        from _pyclave import c_type_name
    except ImportError:
        return
    c_type_name(LockType, '_thread.lock')
    c_type_name(RLock, '_thread.RLock')
    c_type_name(_ExceptHookArgs, '_thread._ExceptHookArgs')


_fix_names()
del _fix_names


class _localimpl:
    """Per-thread attribute dicts of one threading.local object."""

    __slots__ = ('args', 'kwargs', 'dicts')

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}


def _local_patch(self):
    """Install the current thread's attribute dict on a local object."""
    impl = object.__getattribute__(self, '_local__impl')
    ident = _current[0]
    d = impl.dicts.get(ident)
    if d is not None:
        object.__setattr__(self, '__dict__', d)
        return
    d = {}
    impl.dicts[ident] = d
    object.__setattr__(self, '__dict__', d)
    init = type(self).__init__
    if init is not object.__init__:
        init(self, *impl.args, **impl.kwargs)


class _local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ('_local__impl', '__dict__', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        impl = _localimpl(args, kwargs)
        object.__setattr__(self, '_local__impl', impl)
        impl.dicts[_current[0]] = object.__getattribute__(self, '__dict__')
        return self

    def __getattribute__(self, name):
        _local_patch(self)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        # Only reached when the attribute is missing.  Defining it also
        # avoids a Pyclave VM bug: an AttributeError raised by a Python
        # __getattribute__ in a class without __getattr__ is lost
        # (SystemError: error return without exception set).
        cls = type(self)
        cname = '_thread._local' if cls is _local else cls.__name__
        raise AttributeError("'%s' object has no attribute '%s'" % (cname, name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        _local_patch(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        _local_patch(self)
        object.__delattr__(self, name)


try:
    from _pyclave import c_type_name as _ctn
    _ctn(_local, '_thread._local')
    del _ctn
except ImportError:
    pass
