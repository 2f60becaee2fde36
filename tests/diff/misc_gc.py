# gc module: collect/enable/disable/isenabled.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0)
class Node:
    def __init__(self):
        self.other = None
def make_cycles(n):
    for _ in range(n):
        a, b = Node(), Node()
        a.other, b.other = b, a
make_cycles(1000)
gc.collect()
print("cycles collected without error")
big = [[i] * 10 for i in range(10000)]
del big
print(gc.collect() >= 0)
lst = []
lst.append(lst)
del lst
gc.collect()
print("self-referencing list collected")
print(gc.collect(0) >= 0, gc.collect(2) >= 0)
gc.disable()
junk = [str(i) * 3 for i in range(50000)]
print(len(junk), gc.isenabled())
gc.enable()
