"""Enclave benchmark app (bench/run, bench/enclave_roundtrip.c).

empty() measures the call round trip; work(n) is compute-heavy pure
Python, timed inside the enclave and in Linux mode (same code)."""


def empty():
    pass


def work(n):
    # Integer and float arithmetic, lists, dicts, calls: a mix in the manner
    # of the benchmark programs.
    total = 0
    d = {}
    for i in range(n):
        total += (i * i) % 7
        d[i & 1023] = total
    xs = [float(i) for i in range(1000)]
    acc = 0.0
    for _ in range(n // 2000):
        for x in xs:
            acc += x * 0.5 - x / 3.0
    return total + len(d) + int(acc) % 1000


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
