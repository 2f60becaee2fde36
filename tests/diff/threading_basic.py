# threading: threads whose output is deterministic in CPython (join before
# printing), locks, conditions, semaphores, events, timers, local, errors.
import threading
import _thread


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except BaseException as e:
        print(label, type(e).__name__, e)


results = []


def worker(n, scale=1):
    me = threading.current_thread()
    results.append((n * scale, me.name, me is not threading.main_thread(),
                    threading.get_ident() != main_ident, threading.active_count()))


main_ident = threading.get_ident()
print(threading.current_thread().name, threading.main_thread().name,
      threading.current_thread() is threading.main_thread())
print(threading.main_thread().ident == main_ident, type(main_ident).__name__,
      type(threading.get_native_id()).__name__, threading.active_count(),
      threading.enumerate() == [threading.main_thread()])

threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 10}) for i in range(3)]
print([th.name for th in threads])
print([th.is_alive() for th in threads], [th.ident for th in threads])
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results))
print([th.is_alive() for th in threads], all(th.ident for th in threads))
print(threading.active_count(), len(threading.enumerate()))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter-%d' % n)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


cs = [Counter(k) for k in (5, 10, 100)]
for c in cs:
    c.start()
for c in cs:
    c.join(timeout=5)
print([(c.name, c.total) for c in cs])
print(repr(threading.Thread(name='x')), repr(threading.Thread(name='y', daemon=True)))
th = threading.Thread(target=print)
print(th.name.startswith('Thread-'), th.name.endswith(' (print)'), th.daemon)

# shared counter under a lock
lock = threading.Lock()
counter = [0]


def add(k):
    for _ in range(k):
        with lock:
            counter[0] += 1


ws = [threading.Thread(target=add, args=(100,)) for _ in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print('counter', counter[0])

# errors on Thread
th = threading.Thread(target=lambda: None)
t('join-before-start', lambda: th.join())
th.start()
t('start-twice', th.start)
t('daemon-after-start', lambda: setattr(th, 'daemon', True))
t('join-current', lambda: threading.current_thread().join())
t('group', lambda: threading.Thread(group=1))


class NoInit(threading.Thread):
    def __init__(self):
        pass


t('no-init-start', lambda: NoInit().start())

# Lock
L = threading.Lock()
print(type(L).__name__, type(L).__module__, L.locked())
print(L.acquire(), L.locked(), L.acquire(False), L.acquire(timeout=0))
L.release()
t('release-unlocked', L.release)
t('nonblocking-timeout', lambda: L.acquire(False, 1))
t('neg-timeout', lambda: L.acquire(True, -2))
with L:
    print('in with', L.locked())
print(L.locked())

# RLock
R = threading.RLock()
print(type(R).__name__, R.acquire(), R.acquire(), R.acquire(blocking=False))
R.release(); R.release(); R.release()
t('rlock-release', R.release)
with R:
    with R:
        print('rlock nested ok')

# Condition
cond = threading.Condition()
t('cond-wait-unowned', lambda: cond.wait(0.01))
t('cond-notify-unowned', cond.notify)
with cond:
    cond.notify()
    cond.notify_all()
    print('wait_for true', cond.wait_for(lambda: 42))
    print('wait timeout', cond.wait(0))
    print('wait_for timeout', cond.wait_for(lambda: 0, timeout=0))
cond2 = threading.Condition(threading.Lock())
with cond2:
    print('cond2 wait', cond2.wait(timeout=0.0))

# Semaphore / BoundedSemaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False))
t('sem-neg', lambda: threading.Semaphore(-1))
t('sem-nb-timeout', lambda: s.acquire(False, 1))
t('sem-release0', lambda: s.release(0))
bs = threading.BoundedSemaphore(1)
with bs:
    print('bounded in with')
t('bounded-over', bs.release)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(timeout=0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(1))
ev.clear()
print(ev.is_set())


def setter():
    ev.set()


threading.Thread(target=setter).start()
print('event set by thread', ev.wait())

# Barrier
b = threading.Barrier(1, action=lambda: print('barrier action'))
print(b.parties, b.n_waiting, b.broken, b.wait())
b2 = threading.Barrier(3, timeout=0.01)
t('barrier-timeout', b2.wait)
print(b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
t('barrier-aborted', b2.wait)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['timer'])
tm.start()
tm.join()
print(fired, tm.is_alive(), tm.finished.is_set())
tm2 = threading.Timer(30, fired.append, args=['never'])
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm2.is_alive())

# local
data = threading.local()
data.x = 'main'
seen = []


def use_local():
    seen.append(hasattr(data, 'x'))
    data.x = 'thread'
    seen.append(data.x)


th = threading.Thread(target=use_local)
th.start()
th.join()
print(seen, data.x)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.inits = getattr(self, 'inits', 0) + 1


ml = MyLocal(7)
ml.v = 8
got = []
th = threading.Thread(target=lambda: got.append((ml.v, ml.inits)))
th.start()
th.join()
print(got, ml.v)
t('local-args', lambda: threading.local(1))

# excepthook
caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook


def bad():
    raise ValueError('bad thing')


th = threading.Thread(target=bad, name='bad-thread')
th.start()
th.join()
th2 = threading.Thread(target=lambda: (_ for _ in ()).throw(SystemExit(3)), name='exiter')
th2.start()
th2.join()
threading.excepthook = old
print(caught)
print(threading.excepthook is threading.__excepthook__)
print(threading.ExceptHookArgs.__name__)

# misc module API
print(threading.TIMEOUT_MAX, _thread.TIMEOUT_MAX)
print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
t('stack-size-small', lambda: threading.stack_size(100))
t('stack-size-neg', lambda: threading.stack_size(-1))
print(threading.stack_size())
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(sorted(threading.__all__))

# _thread
lk = _thread.allocate_lock()
print(type(lk).__name__, lk.acquire(), lk.locked())
lk.release()
out = []
_thread.start_new_thread(out.append, (1,))
_thread.start_new_thread(out.append, (), {'object': 2}) if False else None
t('snt-callable', lambda: _thread.start_new_thread(1, ()))
t('snt-tuple', lambda: _thread.start_new_thread(print, 1))
t('snt-dict', lambda: _thread.start_new_thread(print, (), 1))
print(isinstance(_thread.get_ident(), int))
