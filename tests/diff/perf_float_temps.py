# Float temporaries reused by the interpreter must never be visible
# through another reference (walrus, aliases, conditional expressions,
# augmented assignment, int/float mixes, division).
a, b, c = 1.5, 2.25, -3.0
x = (t := a * b) + c
print(x, t)
y = (u := a * b) * (v := b - c)
print(y, u, v)
l = [a * b]
l[0] += c * a
print(l)
d = {"k": 1.0}
d["k"] -= a * b
print(d)
for flag in (True, False, True, False):
    r = a * (b if flag else c * a)
    s = (b if flag else a * b) + c
    print(r, s)
w = a * b
z = w + c
print(w, z)
q = (a + b) + (c + a) + (b + c)
print(q)
print(7 / 2, -7 / 2, 1 / 3, (2 ** 53) / 3, (2 ** 53 + 1) / 3, 10 ** 20 / 7)
print(1 + 0.5, 0.5 + 1, 3 - 0.25, 2 * 1.25, 5 / 2.0, 2.0 / 5)
print((2 ** 60) + 0.5, 0.5 * (2 ** 61 - 1), 2 ** 53 + 1 + 0.0)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
nan = float("nan")
inf = float("inf")
print(inf - inf, nan * 0.0, -0.0 * 1, 0.0 * -1, inf * 0.0)
acc = []
v = 0.0
for i in range(5):
    v = v + i * 0.5
    acc.append(v)
    acc.append(v * 2.0 + 1.0)
print(acc)
def f(p):
    return p * 2.0
vals = [f(1.5) + f(2.5) * 0.5 for _ in range(3)]
print(vals)
g = 3.0
h = g * 1.0 + 0.0
print(g is h, g, h)
class F(float):
    def __add__(self, o):
        return "F.add"
print(F(1.0) + 2.0, 2.0 + F(1.0), F(2.0) * 1.5)
big = 2 ** 53 + 1
print(float(2 ** 53) == big, float(2 ** 53) < big, big > 9007199254740992.0, 2 ** 60 == float(2 ** 60))
print(nan == 1, nan != 1, 1 < nan, 0 == -0.0, 3 >= 2.5, -1 <= -1.0, 1.5 > True, 0.0 == False)
print(sorted([3, 1.5, 2, -0.5, 10 ** 30, 2.0]))
