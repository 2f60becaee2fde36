match = 1
case = 2
_ = 3
match.x = 1
match[0] = 1
match(x)
print(match, case, _)
def match(case): return case
match -x:
    case y:
        pass
match(x):
    case _:
        pass
match [a, b]:
    case [_, _]:
        pass
match {a}:
    case _:
        pass
type = 1
