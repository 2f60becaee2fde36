# More list operations whose callbacks mutate the list: extend/insert/
# slice assignment with evil iterables and __index__, list.__init__
# re-entry, += with generators over itself (bpo-7841, bpo-17233).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

L = [1, 2, 3]
def grow():
    for x in L:
        if len(L) > 10:
            break
        yield x
attempt("extend from generator over itself", lambda: (L.extend(grow()), len(L))[1])
L = [1, 2, 3]
attempt("+= generator over itself", lambda: (L.__iadd__(x for x in L if len(L) < 10), len(L))[1])
L = [1, 2, 3]
attempt("__init__ from itself", lambda: (L.__init__(L), L)[1])
L = [1, 2, 3]
attempt("__init__ from generator over itself", lambda: (L.__init__(x for x in L), L)[1])
L = list(range(10))
class Idx:
    def __index__(self):
        L.clear()
        return 5
attempt("getitem index clears", lambda: L[Idx()])
L = list(range(10))
attempt("setitem index clears", lambda: L.__setitem__(Idx(), 0))
L = list(range(10))
attempt("slice get index clears", lambda: L[Idx():])
L = list(range(10))
attempt("slice set index clears", lambda: (L.__setitem__(slice(Idx(), None), [7, 8]), L)[1])
L = list(range(10))
attempt("ext slice set index clears", lambda: (L.__setitem__(slice(None, None, Idx()), [7, 8]), L)[1])
L = list(range(10))
attempt("ext slice del index clears", lambda: (L.__delitem__(slice(0, None, Idx())), L)[1])
L = list(range(10))
attempt("insert index clears", lambda: (L.insert(Idx(), "x"), L)[1])
L = list(range(10))
attempt("pop index clears", lambda: L.pop(Idx()))
L = list(range(10))
attempt("index() start clears", lambda: L.index(3, Idx()))
L = list(range(10))
def slice_src():
    L.clear()
    yield 1
attempt("slice assign from clearing gen", lambda: (L.__setitem__(slice(2, 5), slice_src()), L)[1])
L = list(range(10))
attempt("ext slice assign from clearing gen", lambda: (L.__setitem__(slice(0, 10, 5), slice_src()), L)[1])
L = [3, 1, 2]
attempt("sort key returns list itself", lambda: (L.sort(key=lambda x: L), L)[1])
L = [3, 1, 2]
attempt("sorted of list during its sort", lambda: L.sort(key=lambda x: sorted(L)[0] + x))
L = [1, 2, 3]
attempt("reverse during iteration", lambda: [L.reverse() or x for x in L])
L = [1, 2, 3]
attempt("copy during comparison", lambda: L == [1, 2, type("E", (), {"__eq__": lambda s, o: L.copy() == L})()])
attempt("list * huge negative", lambda: [1] * -(2 ** 70))
attempt("list repeat huge", lambda: [1, 2] * (2 ** 62))
attempt("insert at huge index", lambda: (lambda l: (l.insert(2 ** 100, 9), l)[1])([1]))
attempt("insert at -huge index", lambda: (lambda l: (l.insert(-2 ** 100, 9), l)[1])([1]))
