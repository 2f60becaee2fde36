# Number theory: sieve, factorisation, gcd/lcm, perfect numbers, Collatz.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(1000)
print(len(ps), ps[:15], ps[-3:], sum(ps))
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [1, 2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143, 2 ** 40 + 1]:
    print(n, factor(n))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
acc = 1
for k in range(1, 31):
    acc = lcm(acc, k)
print(acc, gcd(2 ** 40 * 3, 6 ** 20))
print([n for n in range(2, 500) if sum(d for d in range(1, n) if n % d == 0) == n])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), [collatz(i) for i in range(1, 15)])
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(10 ** 12, 10 ** 12 + 100) if is_prime(p)], is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1))
