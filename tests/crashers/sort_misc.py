# sorted/min/max/heapq.merge with comparisons that raise, return
# non-bools, mutate other objects, or are inconsistent (bpo-23448, list.sort
# "modified during sort" detection).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

import random
class Liar:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return random.random() < 0.5
    def __repr__(self):
        return "L%d" % self.v
random.seed(1)
data = [Liar(i) for i in range(200)]
attempt("inconsistent comparisons", lambda: sorted(sorted(data, key=lambda x: 0) and data) is not None and sorted(x.v for x in sorted(data)) == list(range(200)))
class NonBool:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [self.v < other.v]
attempt("non-bool __lt__", lambda: [x.v for x in sorted([NonBool(3), NonBool(1), NonBool(2)])])
class BadBool:
    def __bool__(self):
        raise ValueError("bool of lt result")
class LtBad:
    def __lt__(self, other):
        return BadBool()
attempt("__lt__ result bool raises", lambda: sorted([LtBad(), LtBad()]))
attempt("min of empty", lambda: min([]))
attempt("min default", lambda: min([], default=5))
attempt("max key raises", lambda: max([1, 2], key=lambda x: 1 / 0))
attempt("sorted reverse non-bool", lambda: sorted([1, 2], reverse=[]))
attempt("sorted reverse huge", lambda: sorted([1, 2], reverse=2 ** 100))
attempt("sort key None", lambda: sorted([2, 1], key=None))
attempt("sort key not callable", lambda: sorted([2, 1], key=5))
attempt("sort positional args", lambda: [2, 1].sort(None))
attempt("sorted tuples with nan", lambda: sorted([(float("nan"), 1), (1.0, 2), (0.5, 3)])[1:])
L = [5, 4, 3, 2, 1]
def key_sorts_other(x):
    other.sort()
    return x
other = [3, 2, 1]
attempt("key sorts another list", lambda: (L.sort(key=key_sorts_other), L, other)[1:])
L = [5, 4, 3]
attempt("key sorts same list", lambda: L.sort(key=lambda x: L.sort() or x))
attempt("list during sort is empty", lambda: (lambda l: (l.sort(key=lambda x: len(l)), l)[1])([3, 1, 2]))
import heapq
attempt("merge with raising key", lambda: list(heapq.merge([1, 3], [2], key=lambda x: 1 / (x - 2))))
