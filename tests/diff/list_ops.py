# list operators, comparisons, repr, subclasses, iteration under mutation.
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("->", repr(r))

a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * a, a * 0, a * -1, [] * 5, b * True)
show(lambda: a + (3,))
show(lambda: a + "x")
show(lambda: (3,) + a)
show(lambda: a * 1.5)
show(lambda: a * "2")
show(lambda: "2" * a)
show(lambda: a * 2**100)
show(lambda: [0] * (2**62))
show(lambda: a - b)
c = a
c += (7, 8)
print(c, a, c is a)
c += "xy"
print(c)
c *= 2
print(c)
c *= 0
print(c, a)
show(lambda: [1].__iadd__(5))
d = [1]
d *= -3
print(d)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, 2] == [1, 2], [1, 2] != [1, 2.0])
print([] < [0], [[1]] < [[2]], [1, [2, 3]] == [1, [2, 3]], [1] <= [1], [1] >= [2])
nan = float("nan")
print([nan] == [nan], nan == nan, [1, nan] < [1, nan])
show(lambda: [1] < ["a"])
show(lambda: [1] < (1,))
show(lambda: [1] < 1)
print([1] == (1,), [1] != (1,))
show(hash, [])
show(hash, [1])
class L(list):
    def extra(self):
        return len(self) * 10
x = L([1, 2, 3])
print(x, type(x).__name__, x.extra(), isinstance(x, list), x + [4], type(x + [4]).__name__)
print(x[1:], type(x[1:]).__name__, x * 2, type(x * 2).__name__)
class L2(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
y = L2(4)
print(y, y.n, len(y), list(reversed(y)))
class L3(list):
    def __repr__(self):
        return "L3" + super().__repr__()
print(L3([1]), [L3([2])], str(L3()))
l = [1, 2, 3, 4, 5]
out = []
for v in l:
    out.append(v)
    if v == 2:
        l.remove(v)
print(out, l)
l = [1, 2, 3]
for v in l:
    if len(l) < 6:
        l.append(v * 10)
print(l)
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(list(it))
l = [1, 2, 3]
r = reversed(l)
next(r)
del l[:]
print(list(r))
l = [[1, 2], [3]]
l[0].append(l)
print(l)
print(repr([1, "two", 3.0, [4], (5,), {6: 7}, {8}, None, True]))
print(str([1, "a"]), repr(["a'b", 'c"d']))
print(list(map(len, [[], [1], [1, 2]])), [x for x in [1, 2, 3] if x != 2])
print(len([0] * 1000), sum([1] * 100))
print([1, 2, 3].__mul__(2), [1].__add__([2]), [1].__rmul__(3) if hasattr([], "__rmul__") else [1, 1, 1])
print(list.__len__([1, 2]), list.__getitem__([5, 6], 1), list.__contains__([1], 1))
