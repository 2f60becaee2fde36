# match: sequence patterns, star patterns, nesting, non-sequences.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*init, "end"]:
            return f"ends with end, init {init}"
        case [a, *_, z]:
            return f"first {a} last {z}"
for v in [[], [7], (8, 9), [1, 2, 3], ("x", "y", "end"), [5, 6, 7, 8], range(3), "ab", b"ab", {1: 2}, {1, 2}]:
    print(repr(v), "->", seq(v))
def nested(p):
    match p:
        case [(x1, y1), (x2, y2)]:
            return (x2 - x1, y2 - y1)
        case [[a, [b, [c]]]]:
            return a + b + c
        case ((0, 0), *others):
            return "origin then " + str(len(others))
    return None
print(nested([(1, 2), (4, 6)]), nested([[1, [2, [3]]]]), nested(((0, 0), 1, 2, 3)), nested([1]))
def types(x):
    match x:
        case (int(), str()):
            return "int,str"
        case [float() as f, *_]:
            return f"float first {f}"
        case list() | tuple():
            return "other sequence"
    return "not sequence"
print(types((1, "a")), types([2.5, 1]), types([]), types("str"), types(iter([1])))
def star_only(x):
    match x:
        case [*all_items]:
            return all_items
print(star_only((1, 2)), star_only([]))
import sys
class MySeq(list):
    pass
match MySeq([1, 2]):
    case [a, b]:
        print("subclass of list matches", a, b)
match bytearray(b"ab"):
    case [a, b]:
        print("bytearray matched")
    case _:
        print("bytearray is not a sequence pattern target")
match (1, 2, 3):
    case [1, 2, 3, 4]:
        print("no")
    case (1, *mid, 3):
        print("mid", mid)
