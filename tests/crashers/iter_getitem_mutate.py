# Old-style iteration through __getitem__, list/dict/reversed/enumerate/zip
# iterators over containers mutated mid-iteration (bpo-13454, bpo-17269).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Seq:
    def __init__(self):
        self.data = [1, 2, 3]
    def __getitem__(self, i):
        if i == 1:
            self.data.append(99)
        return self.data[i]
attempt("getitem growing", lambda: list(Seq()))
class Shrink:
    def __init__(self):
        self.data = [1, 2, 3, 4]
    def __getitem__(self, i):
        self.data.pop()
        return self.data[i]
attempt("getitem shrinking", lambda: list(Shrink()))
L = [1, 2, 3, 4, 5]
def shrink_list():
    out = []
    for x in L:
        out.append(x)
        del L[0]
    return out
attempt("for over shrinking list", shrink_list)
L = [1, 2, 3]
def rev():
    out = []
    for x in reversed(L):
        out.append(x)
        L.clear()
    return out
attempt("reversed cleared", rev)
L = [1, 2, 3]
it = reversed(L)
next(it)
L.extend(range(10))
attempt("reversed after grow", lambda: list(it))
L = [1, 2, 3]
it = iter(L)
L.clear()
attempt("list iterator after clear", lambda: list(it))
L.extend([7, 8])
attempt("exhausted iterator stays exhausted", lambda: list(it))
L = list(range(5))
attempt("enumerate mutate", lambda: [(i, L.pop()) for i, x in enumerate(L)])
L = list(range(5))
attempt("zip with itself popping", lambda: [(a, b) for a, b in zip(L, L) if L.pop() is not None])
L = list(range(5))
attempt("map with pop", lambda: list(map(lambda x: L.pop(0) if L else None, L)))
L = list(range(6))
attempt("filter with remove", lambda: list(filter(lambda x: L.remove(x) is None, L)))
t = tuple(range(3))
attempt("iter callable sentinel", lambda: list(iter(iter([1, 2, 3, None, 5]).__next__, None)))
class Reentrant:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        if self.n == 2:
            return list(self)
        return self.n
attempt("iterator listing itself", lambda: list(Reentrant()))
d = {1: 1, 2: 2}
it = iter(d.items())
d[3] = 3
attempt("dict items after grow", lambda: list(it))
s = {1, 2}
it = iter(s)
s.add(5)
attempt("set iter after grow", lambda: list(it))
