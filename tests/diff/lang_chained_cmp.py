# Chained comparisons: evaluation once, short-circuit, mixed types.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
calls.clear()
x = 5
print(0 < x <= 5, 0 < x < 5, x in [5] in [[5]], x is x is not None)
print(1 < 2.5 < 3, "a" < "b" < "c", [1] < [1, 0] < [2])
print(1 == 1.0 == True, 0 == False == 0.0, None is None is None)
print(1 < 2 and 2 < 3, not 1 < 2, (1 < 2) < 3)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(e)
try:
    print(1 < 0 < "a")
except TypeError as e:
    print("unexpected", e)
else:
    print("short-circuited")
print(2 in [1, 2] not in [[2]], 3 not in [1, 2] in [[1, 2]])
a = [1, 2]
b = a
print(a is b is not None, a == [1, 2] == b)
class C:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
c1, c2, c3 = C(1), C(2), C(3)
print(c1 < c2 < c3)
print(c2 < c1 < c3)
r = 1 < 2 < 3 < 4 < 5 < 6
print(r, 5 > 4 > 3 > 3)
