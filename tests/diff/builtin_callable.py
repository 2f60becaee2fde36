# callable on many object kinds.
class WithCall:
    def __call__(self):
        pass
class Without:
    pass
def fn():
    pass
items = [fn, lambda: 0, len, print, int, type, WithCall, WithCall(), Without, Without(),
         1, "s", None, [].append, "".join, object, object(), classmethod(fn), staticmethod(fn),
         (x for x in []), range, range(3)]
print([callable(x) for x in items])
w = Without()
w.__call__ = fn
print(callable(w))
try:
    callable()
except TypeError as e:
    print(e)
