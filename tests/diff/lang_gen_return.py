# StopIteration conversion in generators (PEP 479), return values.
def g1():
    yield 1
    raise StopIteration("explicit")
try:
    list(g1())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
def g2():
    it = iter([])
    yield next(it)
try:
    next(g2())
except RuntimeError as e:
    print(e)
def g3():
    return 7
    yield
gen = g3()
try:
    next(gen)
except StopIteration as e:
    print(e.value, e.args)
def g4():
    yield 1
    return None
try:
    n = g4()
    next(n)
    next(n)
except StopIteration as e:
    print(e.value, e.args)
def g5():
    return (1, 2)
    yield
try:
    next(g5())
except StopIteration as e:
    print(e.value, e.args)
def g6():
    try:
        yield 1
    finally:
        return "from finally"
x = g6()
next(x)
try:
    next(x)
except StopIteration as e:
    print(e.value)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))
print([v for v in It()])
def wrapper():
    r = yield from g3()
    yield r
print(list(wrapper()))
ge = (i for i in range(2))
print(next(ge), next(ge), next(ge, "dflt"))
