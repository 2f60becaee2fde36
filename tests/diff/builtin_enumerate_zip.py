# enumerate and zip (including strict).
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(enumerate(range(3), 2 ** 70)))
try:
    enumerate(5)
except TypeError as err:
    print(err)
try:
    enumerate("a", "b")
except TypeError as err:
    print(err)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip("ab", "cd", strict=True)))
for args in [("abc", "de"), ("a", "bc"), ("ab", "cd", "e")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as err:
        print(err)
try:
    zip(1)
except TypeError as err:
    print(err)
try:
    zip("a", 2)
except TypeError as err:
    print(err)
it = iter(range(10))
print(list(zip(it, it, it)))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
consumed = []
def src():
    for i in range(5):
        consumed.append(i)
        yield i
print(list(zip(src(), "ab")), consumed)
print(list(zip(range(3), strict=False)), list(enumerate(zip("ab", "cd"))))
