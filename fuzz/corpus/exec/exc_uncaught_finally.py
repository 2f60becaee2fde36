# finally blocks run before the uncaught exception is reported.
def work():
    try:
        print("working")
        raise KeyError("missing-key")
    finally:
        print("finally in work")

try:
    work()
finally:
    print("outer finally")
