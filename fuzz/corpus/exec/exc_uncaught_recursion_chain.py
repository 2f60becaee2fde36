# A chain of three exceptions (context then cause) uncaught.
def a():
    raise ValueError("root cause")

def b():
    try:
        a()
    except ValueError:
        raise KeyError("middle")

def c():
    try:
        b()
    except KeyError as e:
        raise RuntimeError("top") from e

c()
