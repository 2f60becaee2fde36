import sys
def gen_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    yield from (x * x for x in it)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
print(sum(squares(evens(gen_range(N)))))
print(sum(1 for _ in zip(gen_range(N), gen_range(N))))
