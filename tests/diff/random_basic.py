import random
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in [0, 1, 42, -42, 2**32, 2**100 + 7, 12345678901234567890, 3.5, "hello", b"bytes", bytearray(b"ba"), ""]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(7), random.getrandbits(70), random.randrange(100))
r = random.Random(2024)
print([r.randint(1, 6) for _ in range(20)])
print([r.randrange(0, 100, 7) for _ in range(10)], r.randrange(10**30), r.randrange(-5, 5), r.randrange(10, 0, -3))
print(r.choice("abcdef"), r.choice([1, 2, 3]), r.choice(range(1000)))
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(range(100), 10), r.sample(range(10**6), 5), r.sample("abcdefgh", 8), r.sample(['a', 'b'], k=5, counts=[3, 4]))
print(r.choices("abc", k=5), r.choices("abc", [1, 2, 3], k=5), r.choices(range(4), cum_weights=[1, 1, 5, 9], k=6))
print(r.uniform(1, 10), r.triangular(), r.triangular(0, 10, 2), r.gauss(), r.gauss(5, 2), r.normalvariate(1, 3))
print(r.expovariate(1.5), r.betavariate(2, 3), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2))
print(r.lognormvariate(0, 1), r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0), r.paretovariate(2), r.weibullvariate(1, 2))
print(r.randbytes(10), r.getrandbits(0), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64))
st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)], len(st[1]))
r2 = random.Random(); r2.setstate(st); print(r2.random() == a[0])
t(r.randrange, 0); t(r.randrange, 5, 5); t(r.randrange, 0, 10, 0); t(r.randrange, 10, 0)
t(r.choice, []); t(r.sample, range(3), 5); t(r.sample, {1, 2}, 1); t(r.getrandbits, -1); t(r.seed, [1])
t(r.choices, "ab", [1]); t(r.choices, "ab", [0, 0]); t(r.gammavariate, 0, 1); t(r.setstate, (9, (), None))
t(r.choices, "ab", [1, 2], cum_weights=[1, 2]); t(r.sample, "abc", 2, counts=[1, 2])
class MyR(random.Random):
    def random(self): return 0.5
m = MyR(); print(m.randrange(10), m.choice("abcd"), m.randint(1, 100))
print(isinstance(random.SystemRandom().random(), float), len(random.SystemRandom().randbytes(5)))
random.seed("x", version=1); print(random.random())
random.seed(7); print(random.sample(range(10**5), 3), random.random())
