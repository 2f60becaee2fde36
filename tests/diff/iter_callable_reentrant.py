# iter(callable, sentinel) whose callable exhausts the iterator itself (gh-101892): StopIteration, no crash.
def spam():
    if spam.r:
        return 2
    spam.r = True
    list(spam.it)
    return 1
spam.r = False
spam.it = iter(spam, 2)
try:
    next(spam.it)
except StopIteration:
    print("StopIteration")
