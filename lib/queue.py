"""queue: FIFO, LIFO and priority queues, written for Pyclave from the
library documentation (CPython 3.11 behaviour and messages).

Pyclave runs one thread at a time (threading.Thread.start() runs the
thread to completion before returning), so while a call waits on a queue
no other code can ever put or get an item.  Hence:

- get() on an empty queue, put() on a full queue and join() with
  unfinished tasks, blocking without a timeout, raise RuntimeError at once
  (CPython would wait forever; here nothing could wake them up);
- with a timeout they sleep for that long (as CPython would, since nothing
  can arrive) and then raise Empty / Full;
- non-blocking calls (block=False, get_nowait, put_nowait) behave exactly
  as in CPython.
"""

import time as _time
from collections import deque
from heapq import heappush, heappop
import types as _types

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


# CPython defines Empty in its C module _queue
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(timeout):
    """Wait `timeout` seconds: nothing can change the queue meanwhile."""
    if timeout:
        try:
            _time.sleep(timeout)
        except OSError:
            pass


def _would_block(what, hint=" (use a timeout or block=False)"):
    return RuntimeError(
        "%s would block forever: Pyclave runs a single thread, so no other "
        "thread could ever %s%s" % (what + (hint,)))


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        """Return when every item put has been marked done."""
        if self.unfinished_tasks:
            raise _would_block(("Queue.join()",
                                "call task_done() for the %d unfinished task(s)"
                                % self.unfinished_tasks), hint="")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item; a full queue raises Full (after `timeout` seconds
        if one is given and block is true)."""
        if self.maxsize > 0:
            if block and timeout is not None:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                if timeout is None:
                    raise _would_block(("Queue.put() on a full queue", "get an item"))
                _wait(timeout)
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item; an empty queue raises Empty (after
        `timeout` seconds if one is given and block is true)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                raise _would_block(("Queue.get() on an empty queue", "put an item"))
            _wait(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # the storage, overridable by subclasses
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_types.GenericAlias)


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if not block:
                raise Empty
            if timeout is None:
                raise _would_block(("SimpleQueue.get() on an empty queue", "put an item"))
            _wait(timeout)
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(_types.GenericAlias)


try:
    from _pyclave import c_type_name as _c_type_name
except ImportError:
    pass
else:
    _c_type_name(SimpleQueue, '_queue.SimpleQueue')
    SimpleQueue.__module__ = '_queue'
