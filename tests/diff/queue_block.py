# queue: blocking calls that could never return in a single-threaded
# program. CPython would hang; this test is only run with a timeout so
# expected output is the same for both: use timeouts everywhere.
import queue
import time

q = queue.Queue()
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after", time.monotonic() - t0 >= 0.05)
f = queue.Queue(1)
f.put(1)
t0 = time.monotonic()
try:
    f.put(2, True, 0.05)
except queue.Full:
    print("Full after", time.monotonic() - t0 >= 0.05)
