# Generator functions: yield, state, iteration protocol.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def gen_with_return():
    yield 1
    return "done"
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def lines():
    yield "a"
    print("between")
    yield "b"
for x in lines():
    print(x)
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
g = count_up(3)
print(g.__name__, g.__qualname__, type(g).__name__)
print(g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
print(list(squares(evens(range(10)))))
def gexpr_in_gen():
    yield sum(i for i in range(4))
print(list(gexpr_in_gen()))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
for v in with_finally():
    print(v)
    break
print("after break")
