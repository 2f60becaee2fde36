# __context__/__cause__ cycles, bad __traceback__ values, args reassignment, BaseException.__new__ misuse
import sys, traceback
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

a = ValueError("a"); b = KeyError("b")
a.__context__ = b; b.__context__ = a
attempt("format ctx cycle", lambda: len("".join(traceback.format_exception(a))) > 0)
a.__cause__ = a
attempt("format self cause", lambda: len("".join(traceback.format_exception(a))) > 0)
def raise_with_cycle():
    x = ValueError("x"); y = TypeError("y")
    x.__context__ = y; y.__context__ = x
    try:
        raise x
    except ValueError:
        raise y
attempt("raise with cycle", raise_with_cycle)
def chain_long():
    e = None
    for i in range(1500):
        try:
            raise KeyError(i) from e
        except KeyError as k:
            e = k
    return e
ch = chain_long()
attempt("long chain format", lambda: len(traceback.format_exception(ch)) > 0)
attempt("cause bad", lambda: setattr(ValueError(), "__cause__", 5))
attempt("context bad", lambda: setattr(ValueError(), "__context__", "x"))
attempt("traceback bad", lambda: setattr(ValueError(), "__traceback__", 5))
attempt("traceback none", lambda: setattr(ValueError(), "__traceback__", None))
attempt("with_traceback bad", lambda: ValueError().with_traceback(3))
attempt("suppress ctx", lambda: setattr(ValueError(), "__suppress_context__", "yes"))
e = ValueError(1, 2)
e.args = "abc"
attempt("args str", lambda: (e.args, str(e)))
attempt("args int", lambda: setattr(e, "args", 5))
attempt("args del", lambda: delattr(e, "args"))
class Weird(Exception):
    def __init__(self):
        pass
attempt("no super init", lambda: (Weird().args, str(Weird())))
attempt("new on non-exc", lambda: BaseException.__new__(int))
attempt("new on exc sub", lambda: type(BaseException.__new__(KeyError)).__name__)
attempt("init bad self", lambda: BaseException.__init__(5))
attempt("str bad self", lambda: BaseException.__str__(5))
attempt("raise instance of int", lambda: exec("raise 5"))
attempt("raise class non-exc", lambda: exec("raise int"))
class NewRet(Exception):
    def __new__(cls, *a):
        return 42
attempt("raise new returns int", lambda: exec("raise NewRet"))
attempt("raise from int", lambda: exec("raise ValueError from 5"))
attempt("raise from class", lambda: exec("raise ValueError from KeyError"))
class InitRaise(Exception):
    def __init__(self, *a):
        raise TypeError("init failed")
attempt("raise init raises", lambda: exec("raise InitRaise"))
attempt("bare raise", lambda: exec("raise"))
def tb_walk():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb.tb_frame.f_locals
        tb = tb.tb_next
    return n
attempt("tb walk", tb_walk)
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
attempt("tb_next self", lambda: setattr(tb, "tb_next", tb))
attempt("tb_next bad", lambda: setattr(tb, "tb_next", 5))
attempt("tb_lineno", lambda: tb.tb_lineno > 0)
attempt("TracebackType bad", lambda: type(tb)(5, tb.tb_frame, 0, 1))
class StrRaises(Exception):
    def __str__(self):
        raise KeyError("in str")
attempt("format str raises", lambda: traceback.format_exception_only(StrRaises)[-1].strip() if False else "".join(traceback.format_exception_only(StrRaises, StrRaises())))
class ReprSelf(Exception):
    def __repr__(self):
        return repr(self)
attempt("repr recursion", lambda: repr(ReprSelf()))
attempt("exc_info", lambda: sys.exc_info())
def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return repr(sys.exc_info()[1])
attempt("exc_info restored", nested_handlers)
attempt("add_note", lambda: (lambda e: (e.add_note("n1"), e.__notes__)[1])(ValueError()))
attempt("add_note bad", lambda: ValueError().add_note(5))
def notes_bad():
    e = ValueError("x")
    e.__notes__ = 5
    return "".join(traceback.format_exception_only(e))
def notes_list_bad():
    e = ValueError("x")
    e.__notes__ = [1, "b"]
    return "".join(traceback.format_exception_only(e))
attempt("notes bad items", notes_list_bad)
def add_note_nonlist():
    e = ValueError("x")
    e.__notes__ = (1,)
    e.add_note("z")
attempt("add_note to tuple", add_note_nonlist)
