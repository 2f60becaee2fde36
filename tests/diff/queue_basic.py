# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue (non-blocking semantics)
import queue

q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks)
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks, list(q.queue))
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__module__, type(e).__name__)
try:
    q.get(timeout=0)
except queue.Empty:
    print("Empty after timeout 0")
try:
    q.get(False, 5)
except queue.Empty:
    print("Empty non-blocking")
q.put("x")
for t in (-1, -0.5):
    try:
        q.get(timeout=t)
    except ValueError as e:
        print("ValueError", e)
print(q.get(block=False, timeout=-1))
for _ in range(5):
    q.task_done()
print(q.unfinished_tasks)
q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e), type(e).__module__)
try:
    b.put(3, block=False)
except queue.Full:
    print("Full non-blocking")
try:
    b.put(3, timeout=0)
except queue.Full:
    print("Full after timeout 0")
b.get()
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("ValueError", e)
b.put(3, timeout=1)
print(list(b.queue))
u = queue.Queue(maxsize=-1)
for i in range(10):
    u.put(i)
print(u.full(), u.qsize())
u0 = queue.Queue(0)
u0.put(1, timeout=-1)
print(u0.qsize())

lq = queue.LifoQueue()
for i in "abc":
    lq.put(i)
print([lq.get() for _ in range(3)], lq.empty())

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])
pq.put(5)
try:
    pq.put("x")
except TypeError as e:
    print("TypeError", e)

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=-5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False))
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")
print(type(sq).__name__, type(sq).__module__, queue.SimpleQueue.__qualname__)
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))


class Bag(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        return self.queue.pop()


bag = Bag()
bag.put(1)
bag.put(1)
print(bag.qsize(), bag.get(), bag.empty())
import traceback
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print(traceback.format_exception_only(e), str(e) == "")
try:
    queue.Queue(1).put(0) or queue.Queue(1).put_nowait(1)
except queue.Full as e:
    print("no Full")
