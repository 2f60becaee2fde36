# Exception groups and tracebacks with deep nesting, huge numbers of
# exceptions, and split()/subgroup() with evil conditions.
import traceback
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except RecursionError:
        print(label, "-> RecursionError")
    except Exception as e:
        print(label, "->", type(e).__name__, e)

eg = ValueError("leaf")
for i in range(5000):
    eg = ExceptionGroup("level %d" % i, [eg])
attempt("deep group str", lambda: str(eg))
attempt("deep group split", lambda: eg.split(ValueError)[0] is not None)
attempt("deep group subgroup", lambda: eg.subgroup(TypeError))
attempt("deep group format", lambda: len("".join(traceback.format_exception(eg))) > 0)
wide = ExceptionGroup("wide", [ValueError(i) for i in range(10000)])
attempt("wide group split", lambda: len(wide.split(lambda e: e.args[0] % 2 == 0)[0].exceptions))
attempt("empty group", lambda: ExceptionGroup("x", []))
attempt("non-exception member", lambda: ExceptionGroup("x", [1]))
attempt("BaseException in ExceptionGroup", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
attempt("BaseExceptionGroup becomes EG", lambda: type(BaseExceptionGroup("x", [ValueError()])).__name__)
attempt("split with raising condition", lambda: wide.split(lambda e: 1 / 0))
attempt("split with non-callable", lambda: wide.split(5))
def raise_star():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        return "caught " + type(e).__name__
    except* TypeError:
        return "type"
attempt("except* returns", raise_star)
def raise_in_star():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("inside")
attempt("raise inside except*", raise_in_star)
def chain(n):
    e = None
    for i in range(n):
        try:
            raise ValueError(i) from e
        except ValueError as x:
            e = x
    return e
long_chain = chain(20000)
attempt("format long cause chain", lambda: len(traceback.format_exception(long_chain)) > 0)
attempt("notes", lambda: (long_chain.add_note("n"), long_chain.__notes__)[1])
attempt("add_note non-str", lambda: long_chain.add_note(5))
