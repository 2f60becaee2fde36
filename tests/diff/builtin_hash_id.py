# hash of builtin values (deterministic) and id properties (never values).
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(-(10 ** 20)), hash(2 ** 61 - 2))
print(hash(0.0), hash(0.1), hash(-3.75), hash(1e308), hash(float("inf")))
print(hash(True), hash(None) == hash(None), hash((1, 2, 3)), hash((None,)) == hash((None,)), hash(((1,), 2)))
print(hash(1 + 1j), hash(-1j), hash(frozenset({1, 2})), hash(range(3)) == hash(range(3)))
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) > 0)
l = [1]
print(id(l) == id(l), id(l[0]) == id(l[0]))
x = "interned?"
y = x
print(id(x) == id(y), x is y)
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), type(hash("s")).__name__)
try:
    id()
except TypeError as e:
    print(e)
try:
    hash(slice(1, 2)) if False else hash({})
except TypeError as e:
    print(e)
print(hash(1.5) == hash(1.5), hash(2) == hash(2.0) == hash(2 + 0j))
