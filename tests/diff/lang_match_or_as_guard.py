# match: or-patterns, as-patterns, guards, binding rules.
def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "moving " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_] if len(verb) > 6:
            return "long verb " + verb
        case _:
            return "unknown"
for c in ["go north", "go up", "pick up lamp", "take key", "drop a b", "drop", "quit", "exit", "teleport x", "jump"]:
    print(repr(c), "->", cmd(c))
def nums(n):
    match n:
        case 1 | 2 as small:
            return f"small {small}"
        case int() as i if i < 0:
            return f"negative {i}"
        case (int() | float()) as num:
            return f"number {num}"
        case [1, 2] | (3, 4) as pair:
            return f"pair {pair}"
    return "none"
for n in [1, 2, -5, 7, 2.5, [1, 2], (3, 4), [3, 5]]:
    print(n, nums(n))
guard_calls = []
def g(x):
    guard_calls.append(x)
    return x > 1
match 5:
    case 1 if g(1):
        pass
    case 5 if g(0):
        pass
    case 5 if g(5):
        print("third case after guards", guard_calls)
for src in ["match x:\n    case a | b:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case 1 | y:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
