l = [1, 2, 3]
l.__init__([9])
print(l)
l.__init__()
print(l)
d = {"a": 1}
d.__init__(b=2)
print(d)
d.__init__([("c", 3)], d=4)
print(d)
s = {1}
s.__init__([2, 3])
print(s)
b = bytearray(b"abc")
b.__init__(b"xy")
print(b)
b.__init__(3)
print(b)
try:
    l.__init__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__init__(l, [1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.__init__(d, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(list.__new__(list), dict.__new__(dict), set.__new__(set), tuple.__new__(tuple, [1]), str.__new__(str, 5), int.__new__(int, "7"), float.__new__(float, 2))
print(type(list.__new__(list, [1, 2])), list.__new__(list, [1, 2]))
t = tuple([1, 2])
print(tuple(t) is t, str("x") is not None, frozenset() == frozenset(), int(5) is 5 if False else True)
print(list.__len__([1, 2]), list.__getitem__([1, 2], 1), list.__contains__([1], 1), dict.__getitem__({1: 2}, 1), str.__len__("ab"))
try:
    str.upper(b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.get([], 1)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.0, 2), str.__add__("a", "b"), list.__iadd__([1], (2,)))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__lt__(1, "a"), str.__eq__("a", 1), tuple.__eq__((1,), [1]))
