l = [1, 2]
it = iter(l)
print(list(it), list(it))
l.append(3)
print(list(it))
it = iter(l)
next(it)
l.insert(0, 0)
print(list(it))
r = reversed([1, 2, 3])
print(list(r), list(r))
z = zip([1, 2], [3])
print(list(z), list(z))
e = enumerate(x for x in "ab")
print(next(e), list(e), list(e))
m = map(str, [1, 2])
print(next(m), list(m))
ri = iter(range(5))
print(ri.__length_hint__(), next(ri), ri.__length_hint__(), list(ri), ri.__length_hint__())
ri = iter(range(10**20, 10**20 + 3))
print(next(ri), list(ri))
si = iter("héllo")
print(next(si), next(si), "".join(si))
di = iter({1: 2, 3: 4})
print(next(di), di.__length_hint__(), list(di))
se = iter({5})
print(list(se), list(se))
ti = iter((1, 2, 3))
print(ti.__length_hint__(), list(ti), ti.__length_hint__())
bi = iter(b"ab")
print(list(bi), type(iter(bytearray(b"x"))).__name__, type(iter(b"")).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter(range(0))).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed([])).__name__, type(reversed(range(1))).__name__, type(reversed({})).__name__)
print(type(iter(range(2**70))).__name__, type(iter("é")).__name__)
def gen():
    yield 1
    yield 2
g = gen()
print(list(zip(g, "abc")), list(g))
a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)))
print(list(zip(*[iter("abcdef")] * 3)))
print(dict(zip("abc", range(3))), list(enumerate(zip("ab", "cd"), 1)))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), any(x > 2 for x in [1, 2, 3]), all([]), any([]), all(iter([1, 0])))
print(list(filter(str.isdigit, "a1b2")), list(map(lambda *a: a, "ab", "cd", "ef")), list(map(len, ["", "ab"])))
it = iter([1, 2, 3])
print(2 in it, list(it))
it = iter([1, 2, 3])
print(5 in it, list(it))
print(max(iter([3, 1, 2])), min(x for x in [3, 1, 2]), sorted(iter("cba")), sum(iter(range(4)), 10))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(3)), sum(CountDown(4)), sorted(CountDown(3)), tuple(CountDown(2)), set(CountDown(3)))
c = CountDown(5)
print([x for x in c if x % 2], list(c))
print(list(iter(CountDown(2).__next__, 0)))
