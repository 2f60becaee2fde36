# all and any: truthiness, short circuit, iterables.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), any(""), all([[], 1]), any([[], [0]]), all(x > 0 for x in range(1, 5)))
print(any({0: "a"}), any({1: "b"}), all({}), all(range(1, 10)), all(range(0, 10)))
seen = []
def gen():
    for x in [1, 1, 0, 1]:
        seen.append(x)
        yield x
print(all(gen()), seen)
seen.clear()
def gen2():
    for x in [0, 0, 5, 0]:
        seen.append(x)
        yield x
print(any(gen2()), seen)
try:
    all(5)
except TypeError as e:
    print(e)
try:
    any(None)
except TypeError as e:
    print(e)
try:
    all()
except TypeError as e:
    print(e)
class Truthy:
    def __bool__(self):
        return True
print(all([Truthy(), Truthy()]), any([None, Truthy()]))
print(type(all([1])).__name__, all([1, "x", 2.5, (0,)]), any([0.0, 0j, "", b""]))
