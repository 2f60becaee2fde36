# it.__reduce__() looks up builtins.iter before reading the iterator state: a builtins key whose __eq__ exhausts the iterator gives the exhausted form (gh-101765).
import builtins
bd = builtins.__dict__
orig = {"iter": iter, "reversed": reversed}
class EmptyIterClass:
    def __len__(self): return 0
    def __getitem__(self, i): raise StopIteration
def run(name, item, sentinel=None):
    it = iter(item) if sentinel is None else iter(item, sentinel)
    class CustomStr:
        def __init__(self, name, iterator):
            self.name = name; self.iterator = iterator
        def __hash__(self): return hash(self.name)
        def __eq__(self, other):
            list(self.iterator)
            return other == self.name
    del bd[name]
    bd[CustomStr(name, it)] = orig[name]
    try:
        return it.__reduce__()
    finally:
        for k, f in orig.items():
            try: del bd[k]
            except KeyError: pass
            bd[k] = f
for case in ["xyz", [1, 2, 3], EmptyIterClass(), bytes(3), bytearray(3), (1, 2, 3)]:
    print(type(case).__name__, run("iter", case))
print(run("reversed", orig["reversed"](list(range(8)))))
print(run("iter", lambda: 0, 0))
