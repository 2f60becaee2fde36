# Uncaught exception raised while handling another (implicit context).
def cleanup():
    raise OSError("cleanup failed")

try:
    result = [1, 2, 3][10]
except IndexError:
    cleanup()
