# A dict lookup compares keys with __eq__; an evil __eq__ clears or refills
# the dict while the lookup holds its table (bpo-14205, bpo-27945 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Evil:
    def __init__(self, d, h, action):
        self.d = d
        self.h = h
        self.action = action
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.action(self.d)
        return False

d = {}
d[Evil(d, 1, lambda d: None)] = 1
attempt("lookup while clearing", lambda: Evil(d, 1, lambda d: d.clear()) in d)
print("len after", len(d))

d = {}
for i in range(8):
    d[Evil(d, 7, lambda d: None)] = i
def refill(dd):
    if len(dd) < 40:
        for j in range(100, 110):
            dd[j] = j
attempt("lookup while growing", lambda: d.get(Evil(d, 7, refill), "missing"))
print("len after", len(d))

d = {}
d[Evil(d, 3, lambda d: None)] = "x"
attempt("setitem while clearing", lambda: d.__setitem__(Evil(d, 3, lambda d: d.clear()), "y"))
print("len after", len(d))

d = {}
d[Evil(d, 5, lambda d: None)] = "x"
attempt("pop while clearing", lambda: d.pop(Evil(d, 5, lambda d: d.clear()), "dflt"))
attempt("setdefault while clearing", lambda: (d.__setitem__(Evil(d, 5, lambda d: None), 1), d.setdefault(Evil(d, 5, lambda d: d.clear()), 2))[1])
print("len after", len(d))
