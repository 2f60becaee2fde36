# list indexing and slicing: get, set, delete, extended slices, errors.
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("->", repr(r))

def setit(l, k, v):
    l[k] = v
    return l

def delit(l, k):
    del l[k]
    return l

base = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
          slice(None, None, -1), slice(8, 2, -2), slice(100, 200), slice(-100, 3), slice(5, 1),
          slice(1, 9, 3), slice(-1, -8, -3), slice(None, None, 100), slice(3, 3)]:
    print(s, base[s])
print(base[-1], base[0], base[9], base[-10])
show(lambda: base[10])
show(lambda: base[-11])
show(lambda: base["a"])
show(lambda: base[1.5])
show(lambda: base[None])
show(lambda: base[::0])
show(lambda: base[1:"a"])
show(lambda: base[2**100])
show(lambda: base[-2**100])
print(base[2**100:], base[:2**100], base[-2**100:2], base[::2**100], base[::-2**100])
show(setit, list(base), 10, 0)
show(setit, list(base), -11, 0)
show(setit, list(base), "x", 0)
show(setit, list(base), slice(2, 5), "ab")
show(setit, list(base), slice(2, 2), [7, 7, 7])
show(setit, list(base), slice(8, 2), ["x"])
show(setit, list(base), slice(None), [])
show(setit, list(base), slice(None, None, 3), "abcd")
show(setit, list(base), slice(None, None, 3), "abc")
show(setit, list(base), slice(None, None, -4), (1, 2, 3))
show(setit, list(base), slice(1, 2), 5)
show(setit, list(base), slice(1, 5, 2), 5)
show(setit, list(base), slice(0, 0, 2), [])
show(setit, list(base), slice(0, 0, 2), [1])
show(setit, list(range(3)), slice(None, None, -1), range(3))
show(delit, list(base), 0)
show(delit, list(base), -1)
show(delit, list(base), 10)
show(delit, list(base), slice(2, 5))
show(delit, list(base), slice(None, None, 2))
show(delit, list(base), slice(None, None, -3))
show(delit, list(base), slice(7, 1, -2))
show(delit, list(base), slice(100, 200))
show(delit, list(base), "a")
a = [1, 2, 3]
a[1:2] = a
print(a)
a = [1, 2, 3, 4]
a[::2] = a[1::2]
print(a)
a = [1, 2, 3, 4]
a[::-1] = a
print(a)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(base[Idx(3)], base[Idx(-1)], base[Idx(1):Idx(4)])
l = list(base)
l[Idx(0)] = "zero"
del l[Idx(1)]
print(l)
t = tuple(base)
print(t[2:6], t[::-3], t[Idx(2)], t[-1])
show(lambda: t[10])
show(lambda: t["a"])
