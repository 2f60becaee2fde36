import math
seed = 987
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for i in range(600):
    a = (rnd() / 2**64 - 0.5) * 10 ** (rnd() % 40 - 20)
    b = (rnd() / 2**64 - 0.5) * 10 ** (rnd() % 40 - 20)
    c = (rnd() / 2**64 - 0.5) * 10 ** (rnd() % 40 - 20)
    out.append((repr(math.hypot(a, b)), repr(math.hypot(a, b, c)), repr(math.dist((a, b), (c, a))), repr(math.fsum([a, b, c, -a, 1e-3*b])),
                repr(math.remainder(a, b)), repr(math.fmod(a, b)), repr(math.log(abs(a)+1e-300, abs(b) + 2)), repr(math.atan2(a, b)), repr(math.ulp(a))))
    n = rnd() ** (rnd() % 40 + 1)
    out.append((repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)), repr(math.isqrt(n)), repr(math.log(n, 7))))
    out.append((math.comb(rnd() % 200, rnd() % 100), math.perm(rnd() % 100, rnd() % 20), math.gcd(rnd(), rnd(), rnd() % 1000), math.lcm(rnd() % 10000, rnd() % 10000)))
for o in out: print(o)
print(math.fsum([(rnd() / 2**64 - 0.5) * 10 ** (rnd() % 600 - 300) for i in range(2000)]))
print(math.factorial(500) % 10**50, math.isqrt(10**1000 + 12345))
