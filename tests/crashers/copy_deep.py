# copy.deepcopy, repr-like traversals and pprint on deep or cyclic data
# (the "pickling-like traversal" family).
import copy, pprint, reprlib
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except RecursionError:
        print(label, "-> RecursionError")
    except Exception as e:
        print(label, "->", type(e).__name__, e)

x = []
for _ in range(5000):
    x = [x]
attempt("deepcopy deep list", lambda: copy.deepcopy(x))
d = {}
for _ in range(5000):
    d = {1: d}
attempt("deepcopy deep dict", lambda: copy.deepcopy(d))
c = [1]
c.append(c)
cc = copy.deepcopy(c)
print("deepcopy cycle preserved:", cc[1] is cc, cc is not c)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
n = None
for i in range(5000):
    n = Node(n)
attempt("deepcopy object chain", lambda: copy.deepcopy(n))
class BadCopy:
    def __deepcopy__(self, memo):
        raise KeyError("deepcopy")
attempt("__deepcopy__ raises", lambda: copy.deepcopy([BadCopy()]))
class SelfCopy:
    def __deepcopy__(self, memo):
        return copy.deepcopy(self, memo)
attempt("__deepcopy__ recurses", lambda: copy.deepcopy(SelfCopy()))
class ReduceBad:
    def __reduce_ex__(self, proto):
        return 5
attempt("__reduce_ex__ returns int", lambda: copy.copy(ReduceBad()))
attempt("pprint deep", lambda: pprint.pformat(x))
attempt("reprlib deep", lambda: reprlib.repr(x))
attempt("pprint cycle", lambda: pprint.pformat(c))
attempt("shallow copy deep", lambda: copy.copy(x))
