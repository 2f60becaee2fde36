# list.index/count/remove/in/== call __eq__ which shrinks or clears the list
# (bpo-38588, bpo-38610: use-after-free in list_richcompare / list_contains).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Clear:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
    __hash__ = None

for op in ("index", "count", "remove", "contains"):
    L = [1, 2, 3]
    L.insert(0, Clear(L))
    probe = 99
    if op == "contains":
        attempt(op, lambda: probe in L)
    else:
        attempt(op, lambda: getattr(L, op)(probe))
    print("  len", len(L))

a = []
b = []
a.extend(Clear(b) for _ in range(4))
b.extend(Clear(a) for _ in range(4))
attempt("a == b", lambda: a == b)
attempt("a < b", lambda: [1, 2] < [1, 3])
print(len(a), len(b))

class Pop:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        if self.lst:
            self.lst.pop()
        return NotImplemented
L = []
L.extend(Pop(L) for _ in range(5))
attempt("index pops", lambda: L.index(0))
print(len(L))
L = [[]]
L[0].append(L)
attempt("nested self ==", lambda: L == L[0][0])
x = []; x.append(x)
y = []; y.append(y)
attempt("self-containing lists ==", lambda: x == y)
