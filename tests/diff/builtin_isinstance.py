# isinstance and issubclass, including tuples, ABC-free custom hooks.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))))
print(isinstance("s", str), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, object)), issubclass(object, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, B), issubclass(B, (int, A)))
for args in [(1, 1), (1, "int"), (1, (int, 1))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(e)
for args in [(1, int), (int, 1), (B, (A, "x"))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(range(1), range))
print(isinstance(1, int | str), isinstance("x", int | None), issubclass(bool, int | float))
print(isinstance(None, int | None), int | str, type(int | str).__name__)
print(isinstance(1, ()), issubclass(int, ()))
