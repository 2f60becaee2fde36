# Traceback through a generator and yield from.
def inner():
    yield 1
    yield int("not a number")

def outer():
    yield from inner()

for value in outer():
    print("got", value)
