# warnings.warn with messages/categories whose __str__ or __eq__ misbehave,
# filters mutated during matching, warnings turned into errors while
# another is being emitted (bpo-30870, bpo-35178 family).
import warnings, sys, io
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("warn with non-Warning category", lambda: warnings.warn("x", int))
attempt("warn with category instance", lambda: warnings.warn("x", UserWarning()))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    class BadStr:
        def __str__(self):
            raise ValueError("str of message")
    attempt("warn with raising __str__ message", lambda: warnings.warn(BadStr()))
    attempt("recorded", lambda: len(log))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    attempt("warning as error", lambda: warnings.warn("boom", RuntimeWarning))
    attempt("warn_explicit as error", lambda: warnings.warn_explicit("e", UserWarning, "f.py", 1))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(1000):
        warnings.warn("many %d" % (i % 3))
    attempt("many warnings recorded", lambda: len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(10):
        warnings.warn("same")
    attempt("once filter", lambda: len(log))
attempt("filterwarnings bad action", lambda: warnings.filterwarnings("bogus"))
attempt("filterwarnings bad category", lambda: warnings.filterwarnings("ignore", category=5))
