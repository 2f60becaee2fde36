# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        self.cells.pop(key, None)
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
print(len(g), g[0, 0])
g[1, 1] = "X"
print(g[1, 1], "X" in g, "O" in g, "O" not in g)
del g[1, 1]
print(g[1, 1], g[1:5], g[::2], g[:, 1] if False else "ok")
try:
    g[5, 5]
except IndexError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print("iter via getitem", v)
print(list(reversed([1, 2])), len([]))
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print(e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(e)
try:
    NoLen()[0]
except TypeError as e:
    print(e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoLen()[0]
except TypeError as e:
    print(e)
try:
    1 in NoLen()
except TypeError as e:
    print(e)
class Contains:
    def __contains__(self, x):
        return x  # truthiness is used
print(0 in Contains(), 5 in Contains(), "" in Contains())
