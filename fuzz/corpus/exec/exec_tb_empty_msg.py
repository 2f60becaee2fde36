# No colon when str(exc) is empty; module-qualified custom exceptions.
class Quiet(Exception):
    def __str__(self):
        return ""
try:
    raise Quiet
except Quiet as e:
    print("str:", repr(str(e)))
def deep(n):
    if n == 0:
        raise Quiet()
    deep(n - 1)
deep(5)
