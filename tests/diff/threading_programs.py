# Typical fork/join programs with threads, run through unittest; CPython's
# output is deterministic because every thread is joined before checking.
import io
import re
import sys
import threading
import unittest
import contextvars
import inspect


class Worker(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = sum(n * n for n in self.numbers)


class ThreadTests(unittest.TestCase):
    def test_chunked_sum(self):
        data = list(range(1000))
        workers = [Worker(data[i:i + 100]) for i in range(0, 1000, 100)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        self.assertEqual(sum(w.result for w in workers), sum(n * n for n in data))
        self.assertFalse(any(w.is_alive() for w in workers))

    def test_lock_counter(self):
        lock = threading.RLock()
        total = {'n': 0}

        def bump():
            for _ in range(50):
                with lock:
                    with lock:
                        total['n'] += 1

        ts = [threading.Thread(target=bump) for _ in range(8)]
        [t.start() for t in ts]
        [t.join() for t in ts]
        self.assertEqual(total['n'], 400)

    def test_local(self):
        loc = threading.local()
        loc.v = 'main'
        seen = {}

        def job(k):
            self.assertFalse(hasattr(loc, 'v'))
            loc.v = k
            seen[k] = loc.v

        ts = [threading.Thread(target=job, args=(k,)) for k in 'abc']
        for t in ts:
            t.start()
            t.join()
        self.assertEqual(seen, {'a': 'a', 'b': 'b', 'c': 'c'})
        self.assertEqual(loc.v, 'main')

    def test_event_from_worker(self):
        done = threading.Event()
        t = threading.Thread(target=done.set)
        t.start()
        self.assertTrue(done.wait(timeout=5))
        t.join()

    def test_semaphore_limits(self):
        sem = threading.BoundedSemaphore(2)
        active = []
        peak = []

        def use():
            with sem:
                active.append(1)
                peak.append(len(active))
                active.pop()

        ts = [threading.Thread(target=use) for _ in range(5)]
        [t.start() for t in ts]
        [t.join() for t in ts]
        self.assertLessEqual(max(peak), 2)
        self.assertRaises(ValueError, sem.release)

    def test_errors(self):
        lock = threading.Lock()
        with self.assertRaisesRegex(RuntimeError, 'release unlocked lock'):
            lock.release()
        with self.assertRaises(RuntimeError) as cm:
            threading.RLock().release()
        self.assertEqual(str(cm.exception), 'cannot release un-acquired lock')
        t = threading.Thread(target=print)
        with self.assertRaisesRegex(RuntimeError, 'before it is started'):
            t.join()

    def test_timer_cancel(self):
        hits = []
        tm = threading.Timer(60, hits.append, args=[1])
        tm.start()
        tm.cancel()
        tm.join()
        self.assertEqual(hits, [])

    def test_contextvars_in_thread(self):
        var = contextvars.ContextVar('var', default='d')
        var.set('main')
        got = []
        ctx = contextvars.copy_context()
        t = threading.Thread(target=lambda: got.append(ctx.run(var.get)))
        t.start()
        t.join()
        self.assertEqual(got, ['main'])
        # a new thread starts with an empty context
        fresh = []
        t = threading.Thread(target=lambda: fresh.append((var.get(), len(contextvars.copy_context()))))
        t.start()
        t.join()
        self.assertEqual(fresh, [('d', 0)])
        self.assertEqual(var.get(), 'main')

    def test_signature_of_target(self):
        def target(a, b=2, *, c):
            pass
        sig = inspect.signature(target)
        self.assertEqual(str(sig), '(a, b=2, *, c)')
        self.assertEqual(sig.bind(1, c=3).arguments, {'a': 1, 'c': 3})
        with self.assertRaisesRegex(TypeError, "missing a required argument: 'c'"):
            sig.bind(1)


if __name__ == '__main__':
    err = io.StringIO()
    runner = unittest.TextTestRunner(stream=err, verbosity=2)
    prog = unittest.main(testRunner=runner, exit=False)
    print(re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests', err.getvalue()))
    print(prog.result.wasSuccessful())
