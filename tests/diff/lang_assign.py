# Assignment forms: chained, tuple, nested, augmented, attribute, subscript.
a = b = c = [1, 2]
print(a, b, c, a is b, b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, (n, o)] = "ab", [6, 7]
print(m, n, o)
s, = [42]
print(s)
t = 1,
print(t, type(t).__name__)
i, j, k = "xyz"
print(i, j, k)
d = {}
d["a"] = d["b"] = 3
print(d)
lst = [0, 0, 0, 0]
lst[0], lst[1] = 10, 20
idx = 2
idx, lst[idx] = 3, 99
print(idx, lst)
class Box:
    pass
bx = Box()
bx.v = bx.w = "shared"
print(bx.v, bx.w)
bx.v += "!"
print(bx.v, bx.w)
lst[1:3] = [7, 8, 9]
print(lst)
lst[::2] = ["a", "b", "c"] if len(lst[::2]) == 3 else ["a", "b"]
print(lst)
lst[:] = []
print(lst)
g = h = 0
g += 1
print(g, h)
L1 = [1]
L2 = L1
L1 += [2]
print(L2, L1 is L2)
T1 = (1,)
T2 = T1
T1 += (2,)
print(T1, T2, T1 is T2)
for v, w in [(1, "a"), (2, "b")]:
    print(v, w)
for (e1, e2), e3 in [((1, 2), 3)]:
    print(e1 + e2 + e3)
n1 = n2 = n3 = n4 = None
print(n1, n2, n3, n4)
_ = 5
print(_)
nums = [3, 1, 2]
nums[nums[0] - 2] = "x"
print(nums)
ab, *_ = [1, 2, 3]
print(ab, _)
