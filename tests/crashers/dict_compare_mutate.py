# dict == dict compares values with __eq__; the evil __eq__ deletes the key
# being compared from the dict (bpo-14658: use-after-free in dict_equal).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class V:
    def __init__(self, d=None, key=None):
        self.d = d
        self.key = key
    def __eq__(self, other):
        if self.d is not None:
            self.d.clear()
            self.d = None
        return True
    __hash__ = object.__hash__

a = {}
b = {}
for i in range(10):
    a[i] = V(a, i)
    b[i] = V()
attempt("a == b with clear", lambda: a == b)
print(len(a), len(b))

class K:
    def __init__(self, n, d=None):
        self.n = n
        self.d = d
    def __hash__(self):
        return 0
    def __eq__(self, other):
        if self.d is not None:
            d = self.d
            self.d = None
            d.clear()
            for i in range(20):
                d[i] = i
        return self.n == getattr(other, "n", None)

x = {}
y = {}
x[K(1, y)] = 1
x[K(2)] = 2
y[K(1)] = 1
y[K(2)] = 2
attempt("keys compare mutating other", lambda: x == y)
attempt("lengths", lambda: (len(x), len(y)))

l1 = {}
l1["self"] = l1
attempt("self-containing dict ==", lambda: l1 == l1)
l2 = {}
l2["self"] = l2
attempt("two self-containing dicts ==", lambda: l1 == l2)
