# len on builtin containers and errors.
print(len(""), len("abc"), len("é中"), len(b"\x00\x01"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({1: 2}), len(set()), len({1, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)))
print(len(range(10, 0)), len(range(-5, 5, 2)), len(bytearray(7)), len(dict(a=1).keys()), len({1: 2}.items()))
print(len(range(2 ** 62)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(e)
for bad in [1, 1.5, None, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
print(len(memoryview(b"abc")), len(str(2 ** 100)), len(repr(1.5)))
