# CPYTHON-CRASHES: iterators over iterators (map, filter, zip, enumerate,
# the itertools) nest with no Python frame in between, so with a huge
# recursion limit the first next() of a chain of 400,000 of them
# overflows CPython 3.11's C stack (segfault).  Pyclave had the same crash
# in map/filter/zip/enumerate (its generic next() had no C stack check):
# it must raise RecursionError and go on, and short chains of every kind
# must work.  (Deep chains of the itertools and of generator expressions
# are refused the same way but take seconds to reach the C stack's end,
# so only the four fast ones go deep here.)
import itertools
import sys

sys.setrecursionlimit(10 ** 6)
WRAPPERS = [
    ("map", lambda it: map(abs, it)),
    ("filter", lambda it: filter(None, it)),
    ("zip", lambda it: map(lambda t: t[0], zip(it))),
    ("enumerate", lambda it: map(lambda t: t[1], enumerate(it))),
    ("accumulate", itertools.accumulate),
    ("takewhile", lambda it: itertools.takewhile(bool, it)),
    ("dropwhile", lambda it: itertools.dropwhile(lambda x: False, it)),
    ("compress", lambda it: itertools.compress(it, itertools.repeat(1))),
    ("zip_longest", lambda it: map(lambda t: t[0], itertools.zip_longest(it))),
    ("cycle", itertools.cycle),
    ("islice", lambda it: itertools.islice(it, 5)),
    ("genexpr", lambda it: (x for x in it)),
]


def chain(wrap, depth):
    it = iter([3, 1, 2])
    for _ in range(depth):
        it = wrap(it)
    return it


for name, wrap in WRAPPERS:
    # A short chain works and yields the data.
    print(name, "short", list(itertools.islice(chain(wrap, 50), 3)))
for name, wrap in WRAPPERS[:4]:
    # A very long one is refused cleanly; the interpreter goes on.
    deep = chain(wrap, 400000)
    try:
        print(name, "deep", next(deep))
    except RecursionError as e:
        print(name, "deep", type(e).__name__)
    del deep
print("still alive", sum(map(abs, range(-3, 4))))
