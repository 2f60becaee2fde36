# Set lookups/updates call __eq__ on colliding keys; __eq__ mutates the set
# (bpo-8420, bpo-14072 family).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Evil:
    def __init__(self, s, action):
        self.s = s
        self.action = action
    def __hash__(self):
        return 42
    def __repr__(self):
        return "Evil()"
    def __eq__(self, other):
        a = self.action
        self.action = None
        if a:
            a(self.s)
        return False

s = set()
for i in range(6):
    s.add(Evil(s, None))
attempt("contains clearing", lambda: Evil(s, lambda s: s.clear()) in s)
print(len(s))
for i in range(6):
    s.add(Evil(s, None))
attempt("add growing", lambda: s.add(Evil(s, lambda s: s.update(range(100)))))
print(len(s))
s = set(Evil(None, None) for i in range(3))
for e in s:
    e.s = s
attempt("discard clearing", lambda: s.discard(Evil(s, lambda s: s.clear())))
s = set()
s.add(Evil(s, None))
attempt("remove clearing", lambda: s.remove(Evil(s, lambda s: s.clear())))
def iter_mutate():
    s = set(range(10))
    for x in s:
        s.add(x + 100)
attempt("iterate while adding", iter_mutate)
def iter_same_size():
    s = set(range(10))
    for x in s:
        s.discard(x)
        s.add(x + 1000)
attempt("iterate same size", iter_same_size)
a = set()
b = set()
for i in range(5):
    a.add(Evil(b, lambda s: s.clear()))
    b.add(Evil(a, lambda s: s.clear()))
attempt("a & b", lambda: len(a & b))
attempt("a == b", lambda: a == b)
attempt("a <= b", lambda: a <= b)
