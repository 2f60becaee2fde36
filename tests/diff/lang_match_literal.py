# match: literal, capture, wildcard, value patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case 2j:
            return "imag"
        case _:
            return "other " + repr(x)
for v in [0, 1, 3, -1, 1.5, "hello", b"bytes", True, None, 2j, False, 0.0, 1.0, "x", [], 4]:
    print(repr(v), "->", describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))
def neg(n):
    match n:
        case -0:
            return "zero"
        case 1 - 2j:
            return "complex"
        case -3.5:
            return "neg float"
    return "none matched"
print(neg(0), neg(1 - 2j), neg(-3.5), neg(7))
def strs(s):
    match s:
        case "a" "b":
            return "concat ab"
        case "":
            return "empty"
    return "no"
print(strs("ab"), strs(""), strs("a"))
x = 5
match x:
    case 5 if x > 10:
        print("guard fails")
    case 5:
        print("second case")
match 42:
    case n:
        print("captured", n)
print(n)
