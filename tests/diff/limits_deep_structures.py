# Deeply nested data: repr/eq/str raise RecursionError rather than crash.
import sys
nested = []
for _ in range(10000):
    nested = [nested]
try:
    repr(nested)
    print("repr ok")
except RecursionError:
    print("repr: RecursionError")
a = []
b = []
for _ in range(10000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError:
    print("eq: RecursionError")
d = {}
for _ in range(10000):
    d = {"k": d}
try:
    str(d)
except RecursionError:
    print("dict str: RecursionError")
shallow = [[[[1]]]]
print(shallow, repr(shallow) == "[[[[1]]]]")
print(len(str(list(range(100000)))))
