# iter (incl. sentinel form) and next.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = [5, 4, 0, 3]
pos = -1
def reader():
    global pos
    pos += 1
    return data[pos]
print(list(iter(reader, 0)))
calls = iter(range(10)).__next__
print(list(iter(calls, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
try:
    iter()
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
s = iter("ab")
print(type(s).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
print(type(iter(set())).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
print(list(iter(iter(iter([7, 8])))))
class C:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(C(), 5)))
sentinel_iter = iter(C(), 3)
print(iter(sentinel_iter) is sentinel_iter, type(sentinel_iter).__name__)
print(next(iter({"k": 1})), next(iter({"k": 1}.items())))
e = iter([])
print(next(e, None), next(e, 0))
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(e)
