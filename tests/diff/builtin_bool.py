# bool type.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool("False"), bool([]), bool([0]))
print(True + True, True * 3, True / 2, True // 1, -True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 1).__name__, type(True | 2).__name__)
print(str(True), repr(False), int(True), float(True), complex(True))
print(True == 1, False == 0, True is bool(1), hash(True), hash(False))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__)
print(sum([True, True, False]), max(True, False), sorted([True, False, 2, -1]))
print(f"{True}", f"{True:d}", f"{False:5}|", format(True, ">6"), "%s %d" % (True, True))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
print(bool.__name__, type(bool).__name__, not True, not not True)
print([1, 2, 3][True], {True: "a", 1: "b"}, {1: "x", True: "y"})
print(True << 3, ~False, abs(True), divmod(True, True), pow(True, 10))
