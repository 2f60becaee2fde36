# and/or return operands; short circuit; not; conditional expression.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or [] or {})
print(not 0, not 1, not "", not "a", not [], not None)
print([] and 1, [0] and 1, 0.0 or -0.0, "x" and "y" or "z")
def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(0) or t(3))
print(t(1) or t(2))
print("yes" if t(1) else "no", "yes" if t(0) else "no")
x = 5
print("big" if x > 10 else "mid" if x > 3 else "small")
print(True and not False, not (True or False), not not 7)
print(bool(0), bool(3), bool(""), bool(" "), bool(()), bool((0,)), bool(None))
print(bool(0.0), bool(1e-300), bool(0j), bool(1j), bool(range(0)), bool(range(1)))
class F:
    def __bool__(self):
        print("F.__bool__")
        return False
class L:
    def __len__(self):
        print("L.__len__")
        return 0
print(F() or "fallback", L() or "fallback2")
print(not F(), not L())
r = F() and 1
print(type(r).__name__)
try:
    class Bad:
        def __bool__(self):
            return 1
    bool(Bad())
except TypeError as e:
    print(e)
try:
    class BadLen:
        def __len__(self):
            return -1
    bool(BadLen())
except ValueError as e:
    print(e)
print(1 if [] else 2, 1 if [[]] else 2)
a = 0
b = a or 10
c = a and 10
print(b, c)
print(True == 1, False == 0, True is True, isinstance(True, int))
