# heapq and bisect with __lt__ that mutates the list (bpo-35417 family)
import heapq, bisect
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Clear:
    def __init__(self, lst, v):
        self.lst = lst; self.v = v
    def __lt__(self, other):
        self.lst.clear()
        return True
    def __repr__(self):
        return "C%d" % self.v

h = []
h.extend(Clear(h, i) for i in range(10))
attempt("heappush clearing", lambda: heapq.heappush(h, Clear(h, 99)))
print(len(h))
h = [Clear(None, i) for i in range(10)]
for x in h: x.lst = h
attempt("heappop clearing", lambda: heapq.heappop(h))
h = [Clear(None, i) for i in range(10)]
for x in h: x.lst = h
attempt("heapify clearing", lambda: heapq.heapify(h))
h = [Clear(None, i) for i in range(10)]
for x in h: x.lst = h
attempt("heapreplace clearing", lambda: heapq.heapreplace(h, Clear(h, 5)))
h = [Clear(None, i) for i in range(10)]
for x in h: x.lst = h
attempt("heappushpop clearing", lambda: heapq.heappushpop(h, Clear(h, 5)))
attempt("nsmallest", lambda: heapq.nsmallest(3, [Clear([], i) for i in range(10)]))
attempt("merge", lambda: list(heapq.merge([1, 3], [2, "a"])))

class Grow:
    def __init__(self, lst, v):
        self.lst = lst; self.v = v
    def __lt__(self, other):
        if len(self.lst) < 100:
            self.lst.append(Grow(self.lst, -1))
        return self.v < getattr(other, "v", 0)
h = []
attempt("heappush growing", lambda: [heapq.heappush(h, Grow(h, i)) for i in range(5)])
attempt("len", lambda: len(h))

a = [Clear(None, i) for i in range(10)]
for x in a: x.lst = a
attempt("bisect clearing", lambda: bisect.bisect(a, Clear(a, 3)))
a = [Clear(None, i) for i in range(10)]
for x in a: x.lst = a
attempt("insort clearing", lambda: bisect.insort(a, Clear(a, 3)))
print(len(a))
attempt("bisect bad lo", lambda: bisect.bisect([1, 2, 3], 2, -1))
attempt("bisect huge hi", lambda: bisect.bisect([1, 2, 3], 2, 0, 10**6))
attempt("bisect key", lambda: bisect.bisect_left([1, 2, 3], 2, key=lambda x: 1/0))
attempt("heappop empty", lambda: heapq.heappop([]))
attempt("heapify non-list", lambda: heapq.heapify((1, 2)))
attempt("heappush non-list", lambda: heapq.heappush("ab", 1))
class BadLt:
    def __lt__(self, o): raise ZeroDivisionError("lt")
attempt("heappush raising", lambda: heapq.heappush([BadLt()], BadLt()))
class NotBool:
    def __bool__(self): raise ValueError("bool")
class LtNB:
    def __lt__(self, o): return NotBool()
attempt("lt returning non-bool", lambda: heapq.heappush([LtNB()], LtNB()))
attempt("sorted lt non-bool", lambda: sorted([LtNB(), LtNB()]))
attempt("min lt non-bool", lambda: min([LtNB(), LtNB()]))
