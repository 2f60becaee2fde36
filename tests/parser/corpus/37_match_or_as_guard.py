match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] if direction in exits:
        pass
    case ["go", ("north" | "south") as d]:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] as lst if lst:
        pass
    case {"x": (1 | 2) as v}:
        pass
    case _ if cond:
        pass
match a, b:
    case x, y:
        pass
match *a, b:
    case _:
        pass
match (x):
    case _:
        pass
match x,:
    case _:
        pass
