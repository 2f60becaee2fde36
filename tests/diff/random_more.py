import random
class R(random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)
print(R(1, 2).random(), R([1], [2]).random() if False else 0)
class G(random.Random):
    def getrandbits(self, k): return 3 % (1 << k) if k else 0
print(G(5).randrange(10), G(5).random())
import _random
t = _random.Random(3); print(t.random())
try: _random.Random(1, 2)
except TypeError as e: print(e)
r = random.Random(0); print(r.getrandbits(1000) % 10**20, r.randbytes(3), random.Random(10**50).random())
r.seed(b'abc', version=1); print(r.random()); r.seed('abc', version=1); print(r.random())
st = r.getstate(); r2 = random.Random(); r2.setstate((2, st[1], None)); print(r2.random() == r.random())
