# except* with odd exceptions, split/subgroup with evil predicates, huge and deep groups
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

def star(exc):
    try:
        raise exc
    except* ValueError as g:
        return ("V", repr(g))
    except* KeyError as g:
        return ("K", repr(g))
attempt("plain value", lambda: star(ValueError(1)))
attempt("group", lambda: star(ExceptionGroup("g", [ValueError(1), KeyError(2)])))
attempt("group type", lambda: star(ExceptionGroup("g", [TypeError(1)])))
attempt("except* EG", lambda: exec("try:\n raise ValueError\nexcept* ExceptionGroup:\n pass"))
attempt("except* bad type", lambda: exec("try:\n raise ValueError\nexcept* 5:\n pass"))
attempt("except* tuple eg", lambda: exec("try:\n raise ValueError\nexcept* (ValueError, BaseExceptionGroup):\n pass"))
def raise_in_star():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError("from handler")
    except* KeyError:
        raise IndexError("other")
attempt("raise in handlers", raise_in_star)
def reraise_star():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
attempt("reraise", reraise_star)
attempt("EG empty", lambda: ExceptionGroup("x", []))
attempt("EG non-seq", lambda: ExceptionGroup("x", 5))
attempt("EG non-exc", lambda: ExceptionGroup("x", [5]))
attempt("EG base in", lambda: type(ExceptionGroup("x", [KeyboardInterrupt()])))
attempt("BEG base", lambda: type(BaseExceptionGroup("x", [ValueError()])).__name__)
attempt("EG msg int", lambda: ExceptionGroup(5, [ValueError()]))
eg = ExceptionGroup("g", [ValueError(i) for i in range(5)])
attempt("split raising", lambda: eg.split(lambda e: 1 / 0))
attempt("subgroup non-callable", lambda: eg.subgroup(5))
attempt("split bool-raising", lambda: eg.split(lambda e: type("B", (), {"__bool__": lambda s: 1/0})()))
excs = eg.exceptions
attempt("exceptions tuple", lambda: type(excs).__name__)
def mutating_pred(e):
    eg.__init__("other", [KeyError()])
    return True
attempt("split mutating", lambda: eg.split(mutating_pred))
lst = [ValueError(1), KeyError(2)]
g2 = ExceptionGroup("m", lst)
lst.clear()
attempt("source list cleared", lambda: g2.exceptions)
deep = ValueError("leaf")
for i in range(2000):
    deep = ExceptionGroup("d%d" % i, [deep])
attempt("deep split", lambda: type(deep.split(ValueError)[0]).__name__)
attempt("deep subgroup", lambda: deep.subgroup(KeyError))
attempt("deep star", lambda: star(deep)[0])
import traceback
attempt("deep format", lambda: len(traceback.format_exception(deep)) > 0)
wide = ExceptionGroup("w", [ValueError(i) for i in range(3000)])
attempt("wide star", lambda: star(wide)[0])
attempt("wide format", lambda: len("".join(traceback.format_exception(wide))) > 0)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return 5
attempt("derive returns int", lambda: MyEG("m", [ValueError(), KeyError()]).split(ValueError))
class MyEG2(ExceptionGroup):
    def derive(self, excs):
        raise KeyError("derive")
attempt("derive raises", lambda: MyEG2("m", [ValueError(), KeyError()]).split(ValueError))
attempt("derive star", lambda: star(MyEG2("m", [ValueError(), KeyError()])))
cyc = ExceptionGroup("c", [ValueError()])
attempt("exceptions readonly", lambda: setattr(cyc, "exceptions", (cyc,)))
