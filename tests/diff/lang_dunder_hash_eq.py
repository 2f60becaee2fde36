# __hash__ / __eq__ interplay; unhashable types.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    hash(([],))
except TypeError as e:
    print(e)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), x == x, {x: 1}[x])
class Inherit(Key):
    pass
print(hash(Inherit(5)) == hash(5), Inherit(5) == Key(5))
class InheritEq(Key):
    def __eq__(self, o):
        return False
print(InheritEq.__hash__)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-1.5))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(None) == hash(None))
print(hash(1 + 2j), hash(complex(0, 1)), hash(float("inf")), hash(float("-inf")))
print(hash(frozenset()), hash(frozenset([1, 2, 3])))
