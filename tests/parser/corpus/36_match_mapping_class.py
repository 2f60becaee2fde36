match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: a, -1: b, a.b: c, None: d, 1+1j: e}:
        pass
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case a.B(c, d=e,):
        pass
    case int(x) | float(x):
        pass
