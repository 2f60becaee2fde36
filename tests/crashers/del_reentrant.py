# CPYTHON-CRASHES: __del__ methods that resurrect their object, raise, or
# allocate and mutate a shared dict while the collector runs
# (Lib/test/crashers/mutation_inside_cyclegc.py family).  CPython 3.11
# corrupts its heap here ("malloc(): unsorted double linked list
# corrupted", SIGABRT).  Output does not depend on when finalizers run: the
# program only checks that nothing breaks.
import gc
keep = []
counter = [0]
class Resurrect:
    def __del__(self):
        counter[0] += 1
        if len(keep) < 100:
            keep.append(self)
class Raise:
    def __del__(self):
        raise ValueError("in __del__")
class Mutate:
    shared = {}
    def __del__(self):
        d = Mutate.shared
        d.clear()
        for i in range(50):
            d[i] = [i] * 10
        d[self] = 1
class Cycle:
    def __init__(self):
        self.me = self
        self.data = list(range(10))
    def __del__(self):
        self.data.append(Cycle)
import sys, io
saved = sys.stderr
sys.stderr = io.StringIO()
for round_ in range(20):
    objs = [Resurrect() for _ in range(50)] + [Raise() for _ in range(5)] + [Mutate() for _ in range(20)] + [Cycle() for _ in range(20)]
    for i, o in enumerate(objs):
        Mutate.shared[i] = o
    del objs, o
    Mutate.shared = {}
    gc.collect()
sys.stderr = saved
print("keep is a list:", isinstance(keep, list), len(keep) <= 100)
print("shared is a dict:", isinstance(Mutate.shared, dict))
d = {}
class Key:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        gc.collect()
        return self is o
for i in range(30):
    d[Key()] = i
print("dict with collecting __eq__:", len(d))
print("gc.collect returns", type(gc.collect()).__name__)
print("gc.isenabled", gc.isenabled())
gc.disable(); gc.enable()
print("done")
