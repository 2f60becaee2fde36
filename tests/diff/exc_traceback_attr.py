# __traceback__ presence and with_traceback.
e = ValueError("no tb yet")
print(e.__traceback__ is None)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
    tb = caught.__traceback__
    print(tb.tb_lineno, tb.tb_next is None, tb.tb_frame.f_code.co_name)
def deep():
    raise KeyError("deep")
def mid():
    deep()
try:
    mid()
except KeyError as k:
    tb = k.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e3 = RuntimeError("x")
r = e3.with_traceback(None)
print(r is e3, e3.__traceback__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        saved = z.__traceback__
        raise RuntimeError("new").with_traceback(saved)
except RuntimeError as rt:
    print(rt.__traceback__ is not None)
try:
    ValueError().__traceback__ = "bad"
except TypeError as err:
    print(err)
