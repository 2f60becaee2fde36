# enumerate, zip (strict=), map, filter, reversed, iter(seq), iter(f, sentinel).
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("->", repr(r))

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)), list(enumerate([], 5)))
print(list(enumerate("xy", 2**64)), list(enumerate("xy", start=True)), list(enumerate(range(3), 2**62 - 2)))
show(enumerate)
show(enumerate, 5)
show(enumerate, "a", 1.5)
show(enumerate, "a", "b")
show(enumerate, "a", 1, 2)
show(lambda: list(enumerate(iterable="ab")))
show(lambda: list(enumerate(start=1)))
show(lambda: list(enumerate(start=1, iterable="xy")))
show(lambda: list(enumerate(iterable="xy", start=3)))
show(lambda: list(enumerate(iterable="xy", begin=3)))
show(lambda: list(enumerate("xy", begin=3)))
show(lambda: list(enumerate(it="xy")))
show(lambda: list(enumerate("ab", start=0, x=1)))
e = enumerate("ab")
print(iter(e) is e, next(e), next(e), next(e, "end"), type(e).__name__)
print(list(zip()), list(zip("abc")), list(zip("abc", range(10))), list(zip("ab", "cd", "ef")), list(zip([], "x")))
print(list(zip("ab", (1, 2), strict=True)), list(zip(strict=True)), list(zip("a", strict=False)))
show(lambda: list(zip("abc", "ab", strict=True)))
show(lambda: list(zip("ab", "abc", strict=True)))
show(lambda: list(zip("ab", "ab", "abc", strict=True)))
show(lambda: list(zip("ab", "ab", "a", strict=True)))
show(lambda: list(zip("abc", "a", "abc", "abc", strict=True)))
show(zip, 1)
show(zip, "a", None)
show(zip, "a", strict=True, foo=1)
show(zip, "a", foo=1)
def gen(n):
    for i in range(n):
        yield i
    print("gen", n, "done")
print(list(zip(gen(2), gen(3))))
print(list(zip(gen(3), gen(2))))
show(lambda: list(zip(gen(2), gen(3), strict=True)))
z = zip("ab", "xyz")
print(next(z), next(z), next(z, None), next(z, None))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, "ab", "cde", "fg")))
print(list(map(str.upper, "hi")), list(map(len, [])), list(map(int, "123")))
show(map)
show(map, abs)
show(map, abs, 5)
show(lambda: map(abs, [1], x=1))
show(lambda: list(map(int, ["1", "x"])))
m = map(lambda x: x * 2, [1, 2])
print(next(m), list(m), list(m), type(m).__name__)
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 3])), list(filter(str.isdigit, "a1b2")), list(filter(None, ())))
show(filter, None)
show(filter, None, 5)
show(lambda: filter(None, [], x=1))
show(filter, None, [], [])
show(lambda: list(filter(lambda x: 1 / x, [1, 0])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))), list(reversed({1: 2, 3: 4})))
print(list(reversed({"a": 1}.items())), list(reversed(b"xy")), list(reversed([])))
show(reversed, 5)
show(reversed, {1, 2})
show(reversed, iter([1]))
show(reversed)
show(reversed, [], [])
show(lambda: reversed([], x=1))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), 25 in Seq(), sorted(Seq(), reverse=True))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
show(reversed, NoRev())
class OwnRev:
    def __reversed__(self):
        return iter("own")
print(list(reversed(OwnRev())))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise StopIteration
        return i * i
print(list(GetItemOnly()), list(iter(GetItemOnly())), 9 in GetItemOnly(), type(iter(GetItemOnly())).__name__)
show(reversed, GetItemOnly())
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__(), type(r).__name__)
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)), list(iter(Count(), 0))[:0] if False else "skip")
c = Count()
it = iter(c, 3)
print(next(it), next(it), next(it, "stop"), next(it, "stop"), type(it).__name__)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
show(iter, 5)
show(iter, 5, 1)
show(lambda: list(iter(lambda: 1 / 0, 1)))
vals = iter([1, 2, 3, 4].pop, 2)
print(list(vals))
print(list(zip(*[[1, 2], [3, 4]])), dict(enumerate("ab")), list(map(sum, zip([1, 2], [3, 4]))))
class E(enumerate):
    pass
print(list(E("ab", 1)), type(E("a")).__name__)
