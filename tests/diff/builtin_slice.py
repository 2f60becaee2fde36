# slice objects.
s = slice(5)
print(s, s.start, s.stop, s.step, slice(1, 5), slice(1, 10, 2), slice(None, None, -1))
print(s.indices(3), slice(1, 10, 2).indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print("abcdef"[slice(1, 4)], [1, 2, 3, 4][slice(None, None, 2)], (1, 2, 3)[slice(-2, None)])
try:
    slice()
except TypeError as e:
    print(e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
print(slice("a", "b", "c"), slice(1.5, None))
try:
    [1, 2][slice(1.5, None)]
except TypeError as e:
    print(e)
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print(e)
