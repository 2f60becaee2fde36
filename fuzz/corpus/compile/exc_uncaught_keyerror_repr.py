# KeyError shows the repr of the key; exceptions with no args.
d = {"one": 1}
try:
    d["two"]
except KeyError as e:
    print("caught", e)
class Empty(Exception):
    pass
try:
    raise Empty
except Empty as e:
    print("caught empty", repr(e))
raise Empty()
