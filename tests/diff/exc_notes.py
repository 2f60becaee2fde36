# add_note / __notes__ (3.11).
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
def process(item):
    try:
        return int(item)
    except ValueError as err:
        err.add_note(f"while processing {item!r}")
        raise
try:
    process("abc")
except ValueError as err:
    print(err, err.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["assigned directly"]
e2.add_note("appended")
print(e2.__notes__)
class Custom(Exception):
    pass
c = Custom()
c.add_note("on custom")
print(c.__notes__, str(c), repr(c))
print(BaseException.add_note.__name__)
