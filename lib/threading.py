"""Thread objects and synchronisation primitives for Pyclave.

Written from the library documentation; CPython 3.11 is the oracle.

Pyclave runs a single OS thread (the enclave has no threads), so this
module keeps CPython's API and error messages but runs threads
synchronously:

- Thread.start() runs the thread's run() to completion before returning,
  as the thread (current_thread() and get_ident() name it while it runs).
  join() then returns at once and is_alive() is False.  Programs that
  start workers, join them and then print produce CPython's output.
- Timer.start() defers its function: it runs when the timer is joined,
  or at interpreter exit, unless cancel() was called first (the interval
  is not waited for).
- Waiting for something no other thread can ever provide (a blocking
  acquire() of a held lock, Event.wait() / Condition.wait() /
  Semaphore.acquire() / Barrier.wait() without a timeout that cannot
  succeed now) raises RuntimeError instead of blocking forever.  With a
  timeout such a wait returns its "timed out" result at once.
"""

import sys as _sys
import _thread
from _thread import get_ident, get_native_id, TIMEOUT_MAX, _deadlock

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_allocate_lock = _thread.allocate_lock
Lock = _thread.allocate_lock
_CRLock = _thread.RLock
ThreadError = _thread.error
local = _thread._local
stack_size = _thread.stack_size

_profile_hook = None
_trace_hook = None


def _deprecated(old, new):
    import warnings
    warnings.warn('%s is deprecated, %s instead' % (old, new), DeprecationWarning,
                  stacklevel=3)


def setprofile(func):
    """Set a profile function for threads started from now on (recorded only)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for threads started from now on (recorded only)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    """Return a new reentrant lock."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable, associated with a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until the timeout expires.

        Nothing can notify while this thread waits, so without a timeout
        this raises RuntimeError; with one it returns False."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout is None:
            _deadlock('Condition.wait() without a timeout')
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        if result:
            return result
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """A counter of available resources: acquire() decrements it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '<%s.%s at 0x%x: value=%d>' % (self.__class__.__module__,
                                              self.__class__.__qualname__,
                                              id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            return False
        _deadlock('acquiring a Semaphore whose value is 0')

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s.%s at 0x%x: value=%d/%d>' % (self.__class__.__module__,
                                                 self.__class__.__qualname__,
                                                 id(self), self._value,
                                                 self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag that threads can set, clear and wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return '<%s.%s at 0x%x: %s>' % (self.__class__.__module__,
                                        self.__class__.__qualname__, id(self),
                                        'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet()', 'use is_set()')
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        """Return True if the flag is set; without a timeout, an unset flag
        could never be set by another thread here: RuntimeError."""
        if self._flag:
            return True
        if timeout is None:
            _deadlock('Event.wait() on an unset event without a timeout')
        return False


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for a fixed number of threads.

    Threads run one after another here, so a wait() can only complete when
    it is the last of `parties` waits (parties == 1)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0         # 0 filling, -1 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return '<%s.%s at 0x%x: broken>' % (cls.__module__, cls.__qualname__, id(self))
        return '<%s.%s at 0x%x: waiters=%d/%d>' % (cls.__module__, cls.__qualname__,
                                                   id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._state < 0:
            raise BrokenBarrierError
        index = self._count
        if index + 1 >= self._parties:
            try:
                if self._action:
                    self._action()
            except BaseException:
                self._state = -1
                raise
            self._count = 0
            return index
        if timeout is not None:
            self._state = -1
            raise BrokenBarrierError
        _deadlock('Barrier.wait() with fewer threads waiting than parties')

    def reset(self):
        self._count = 0
        self._state = 0

    def abort(self):
        self._state = -1

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -1


_counter_value = [0]


def _newname(name_template='Thread-%d'):
    _counter_value[0] += 1
    return name_template % _counter_value[0]


_active = {}        # ident -> Thread, for threads running now (and main)
_pending = []       # started Timers whose function has not run yet


ExceptHookArgs = _thread._ExceptHookArgs
excepthook = _thread._excepthook
__excepthook__ = _thread._excepthook


def _make_invoke_excepthook():
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    sys_excepthook = _sys.excepthook

    def invoke_excepthook(thread):
        global excepthook
        hook = excepthook
        if hook is None:
            hook = old_excepthook
        args = ExceptHookArgs([*_sys.exc_info(), thread])
        try:
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del args
            hook2 = _sys.excepthook if _sys.excepthook is not None else old_sys_excepthook
            hook2(*_sys.exc_info())
        finally:
            args = None
    del sys_excepthook
    return invoke_excepthook


class Thread:
    """A thread of control: subclass and override run(), or pass a target.

    In Pyclave, start() runs the thread to completion before returning
    (see the module docstring)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    target_name = target.__name__
                    name += ' (%s)' % target_name
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: here, run it to completion before returning."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        self._ident = _thread._new_ident()
        self._native_id = self._ident
        self._started.set()
        self._bootstrap()

    def _bootstrap(self):
        _active[self._ident] = self
        try:
            _thread._run_as_thread(self._ident, self._run_catching, (), {})
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def _run_catching(self):
        try:
            self.run()
        except:
            self._invoke_excepthook(self)

    def run(self):
        """The thread's activity: calls target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread terminates (here it already has)."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        """True from start() until run() ends (here: only while it runs)."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName()', 'set the name attribute')
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancelled.

    Pyclave runs the function (without waiting for the interval) when the
    timer is joined or at interpreter exit, unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        self._ident = _thread._new_ident()
        self._native_id = self._ident
        self._started.set()
        _pending.append(self)
        _register_shutdown()

    def _fire(self):
        if self in _pending:
            _pending.remove(self)
            self._bootstrap()

    def cancel(self):
        """Stop the timer if it hasn't run yet."""
        self.finished.set()
        if self in _pending:
            _pending.remove(self)
            self._is_stopped = True

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()

    def join(self, timeout=None):
        Thread.join(self, timeout)
        self._fire()


_shutdown_registered = [False]


def _shutdown():
    """Run the timers still pending, as CPython waits for them at exit."""
    while _pending:
        t = _pending[0]
        if t.daemon:
            _pending.pop(0)
            continue
        t._fire()


def _register_shutdown():
    if not _shutdown_registered[0]:
        _shutdown_registered[0] = True
        import atexit
        atexit.register(_shutdown)


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


_main_thread = None


def current_thread():
    """Return the Thread object of the caller's thread."""
    t = _active.get(get_ident())
    if t is None:
        return _main_thread
    return t


def currentThread():
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def main_thread():
    """Return the main thread (the one the interpreter started in)."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    return len(_active) + len(_pending)


def activeCount():
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_pending)


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return list(_active.values()) + list(_pending)


_main_thread = _MainThread()
_counter_value[0] = 0


def _register_atexit(func, *arg, **kwargs):
    import atexit
    atexit.register(func, *arg, **kwargs)


def _after_fork(*args):
    pass
