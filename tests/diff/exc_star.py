# except* handling of exception groups.
def raiser(excs):
    raise ExceptionGroup("grp", excs)
try:
    raiser([ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("ValueErrors:", repr(e))
except* TypeError as e:
    print("TypeErrors:", repr(e))
try:
    try:
        raiser([ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("handled", e.exceptions)
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e), type(e).__name__)
try:
    try:
        raiser([OSError("a")])
    except* OSError:
        raise RuntimeError("new in handler")
except ExceptionGroup as eg:
    print("raised from handler:", repr(eg))
except RuntimeError as r:
    print("bare:", repr(r))
try:
    raiser([ValueError("x"), ExceptionGroup("inner", [ValueError("y"), KeyError("z")])])
except* ValueError as e:
    print("nested match:", repr(e))
except* KeyError as e:
    print("nested key:", repr(e))
try:
    raiser([KeyError(1)])
except* (KeyError, IndexError) as e:
    print("tuple type:", repr(e))
else:
    print("no else")
finally:
    print("finally runs")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs when no exception")
for src in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
