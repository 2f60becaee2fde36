# list.sort with a key function or __lt__ that mutates the list being sorted
# (the list must be detected as modified: ValueError).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

L = list(range(20))
def key_append(x):
    L.append(x)
    return x
attempt("key appends", lambda: L.sort(key=key_append))
print(len(L))

L2 = list(range(20))
def key_clear(x):
    L2.clear()
    return x
attempt("key clears", lambda: L2.sort(key=key_clear))
print(len(L2))

class Lt:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        self.lst.append(Lt(0, self.lst)) if len(self.lst) < 1000 else None
        return self.v < other.v
    def __repr__(self):
        return "Lt(%d)" % self.v
L3 = []
L3.extend(Lt(i, L3) for i in range(30, 0, -1))
attempt("__lt__ appends", L3.sort)
print(len(L3) >= 30)

class Clear:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        del self.lst[:]
        return self.v < other.v
L4 = []
L4.extend(Clear(i, L4) for i in range(10))
attempt("__lt__ clears", L4.sort)
print(len(L4))

class Raise:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 5:
            raise ZeroDivisionError("boom in lt")
        return self.v < other.v
L5 = [Raise(i) for i in (3, 9, 5, 1, 7)]
attempt("__lt__ raises", L5.sort)
print([x.v for x in L5])
attempt("sorted key raises", lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 2)))
attempt("sort mixed types", lambda: sorted([1, "a", 2.0]))
