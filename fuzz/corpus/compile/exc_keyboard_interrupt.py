# Uncaught KeyboardInterrupt: traceback then exit status 130.
def long_task():
    for i in range(3):
        print("step", i)
        if i == 1:
            raise KeyboardInterrupt
try:
    raise KeyboardInterrupt("caught one")
except KeyboardInterrupt as e:
    print("handled", repr(e))
print(issubclass(KeyboardInterrupt, Exception))
long_task()
