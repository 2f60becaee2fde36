class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Idx(5)), oct(Idx(-9)), hex(Idx(255)), bin(-5), oct(-8), hex(-255), bin(0), hex(2**70), oct(-2**65))
for bad in [1.5, "1", None, Idx("x")]:
    try:
        print(hex(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2, 3][Idx(1)], "abc"[Idx(-1)], range(10)[Idx(3)], (1, 2)[Idx(0):Idx(1)])
it = iter([1, 2, 3].pop, 1)
print(list(iter(lambda: 5, 5)))
c = [0]
def f():
    c[0] += 1
    return c[0]
print(list(iter(f, 4)))
try:
    iter(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(next(iter([]), "dflt"), next(iter([7]), "dflt"))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, range(5))))
try:
    map(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip()), list(zip([1, 2], "ab", (True, False))), list(zip([1, 2, 3], "ab")))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "a", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], 1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 2**70)), list(enumerate("xy", 2**63 - 1)))
try:
    enumerate("ab", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True))
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1: 2}.keys().__iter__())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), abs(-5), abs(-5.5), abs(3 + 4j), abs(True), pow(2, 5), pow(2, -1), pow(2, 5, 3))
try:
    divmod(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 4.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 1j, 4)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=3), pow(2, exp=3, mod=5), round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(7, -1))
try:
    round("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "a")
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(5), callable(Seq), callable(Seq()), callable(lambda: 1), callable(print))
print(getattr(5, "real"), getattr(5, "nope", None), hasattr(5, "real"), hasattr(5, "nope"))
try:
    getattr(5, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(5, (str, (int, float))), isinstance(True, int), issubclass(bool, (str, int)), isinstance(5, int | str))
