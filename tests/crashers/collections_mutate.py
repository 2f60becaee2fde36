# deque, OrderedDict, Counter, defaultdict, heapq and bisect with evil
# comparisons and mutation during iteration (bpo-26194, bpo-27275,
# bpo-35945 family).
import collections, heapq, bisect
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

dq = collections.deque(range(5))
def dq_mut():
    for x in dq:
        dq.append(x)
attempt("deque mutated during iteration", dq_mut)
dq = collections.deque(range(5))
class EqClear:
    def __eq__(self, other):
        dq.clear()
        return False
attempt("deque.index with clearing __eq__", lambda: dq.index(EqClear()))
dq = collections.deque(range(5))
attempt("deque.remove with clearing __eq__", lambda: dq.remove(EqClear()))
dq = collections.deque(range(5))
attempt("deque.count with clearing __eq__", lambda: dq.count(EqClear()))
dq = collections.deque([EqClear()])
attempt("deque in", lambda: 3 in dq)
attempt("deque maxlen negative", lambda: collections.deque(maxlen=-1))
attempt("deque rotate huge", lambda: (lambda d: (d.rotate(2 ** 62), list(d))[1])(collections.deque([1, 2, 3])))
attempt("deque insert full", lambda: collections.deque([1], maxlen=1).insert(0, 2))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 0
    def __eq__(self, other):
        od2.clear()
        return self.v == other.v
od2 = collections.OrderedDict()
od2[Key(1)] = 1
attempt("OrderedDict lookup clears", lambda: od2.get(Key(2)))
attempt("Counter with unhashable", lambda: collections.Counter([[1]]))
dd = collections.defaultdict(lambda: dd.clear())
dd[1] = 1
attempt("defaultdict factory clears", lambda: (dd[2], len(dd)))
dd2 = collections.defaultdict(lambda: 1 / 0)
attempt("defaultdict factory raises", lambda: dd2["x"])
class LtClear:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        heap.clear()
        return self.v < other.v
heap = [LtClear(i) for i in range(5)]
attempt("heappush with clearing __lt__", lambda: heapq.heappush(heap, LtClear(-1)))
heap = [LtClear(i) for i in range(5)]
attempt("heappop with clearing __lt__", lambda: heapq.heappop(heap).v)
heap = [LtClear(i) for i in range(5)]
attempt("heapify with clearing __lt__", lambda: heapq.heapify(heap))
heap = [LtClear(i) for i in range(5)]
attempt("heapreplace with clearing __lt__", lambda: heapq.heapreplace(heap, LtClear(9)).v)
attempt("heappop empty", lambda: heapq.heappop([]))
attempt("heappush non-list", lambda: heapq.heappush((), 1))
srt = [LtClear(i) for i in range(10)]
heap = srt
attempt("bisect with clearing __lt__", lambda: bisect.bisect(srt, LtClear(5)))
attempt("insort with clearing __lt__", lambda: bisect.insort(srt, LtClear(5)))
attempt("bisect lo negative", lambda: bisect.bisect([1, 2], 1, -1))
attempt("bisect hi huge", lambda: bisect.bisect([1, 2], 1, 0, 2 ** 70))
attempt("nlargest evil", lambda: heapq.nlargest(2, [LtClear(i) for i in range(5)]) and "done")
