"""A second app for tests/enclave/run.sh: imports frozen standard-library
modules, which the build compiles into the image."""
import functools
from collections import Counter


def top(words):
    return Counter(words).most_common(1)[0][0]


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
