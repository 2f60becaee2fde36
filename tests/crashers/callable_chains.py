# CPYTHON-CRASHES: with a huge recursion limit, calls that go through C
# without a Python frame per level overflow CPython 3.11's C stack
# (segfault): a chain of 200,000 staticmethod objects called (callable
# since 3.10), a class whose __call__ / __init__ is an instance of itself,
# an instance calling itself through an attribute, iter(callable,
# sentinel) nested 200,000 times, functools.lru_cache wrapping itself
# 20,000 times (CPython's is in C).  Pyclave must raise RecursionError
# (or give the answer) and go on.
import functools
import sys

sys.setrecursionlimit(10 ** 6)
N = 200000


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (RecursionError, MemoryError) as e:
        print(label, "->", type(e).__name__)


def staticmethods():
    f = lambda: 1
    for _ in range(N):
        f = staticmethod(f)
    return f()


def self_call():
    X = type("X", (), {})
    X.__call__ = X()
    return X()()


def self_init():
    X = type("X", (), {})
    X.__init__ = X.__new__(X)
    X.__call__ = X.__new__(X)
    return X()


def call_through_attribute():
    class C:
        def __call__(self, *a):
            return self.f(*a)

    c = C()
    c.f = c
    return c(1)


def iter_sentinels():
    it = iter([1, 2, 3])
    for _ in range(N):
        it = iter(it.__next__, None)
    return next(it)


def lru_caches():
    f = functools.lru_cache(lambda: 1)
    for _ in range(N // 10):
        f = functools.lru_cache(f)
    return f()


for name, fn in [
    ("staticmethod chain", staticmethods),
    ("__call__ is an instance of the class", self_call),
    ("__init__ is an instance of the class", self_init),
    ("instance calls itself", call_through_attribute),
    ("iter(callable, sentinel) chain", iter_sentinels),
    ("lru_cache chain", lru_caches),
]:
    attempt(name, fn)
print("still alive", sum(range(10)))
