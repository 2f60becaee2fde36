# with-statements whose __exit__ raises, returns odd truth values, or
# swallows exceptions; contextlib.contextmanager generators that yield
# twice, never yield, or re-raise (bpo-27122, bpo-44594 family).
import contextlib
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
def use(cm, body):
    with cm:
        body()
    return "after"
attempt("__exit__ raises on success", lambda: use(ExitRaises(), lambda: None))
attempt("__exit__ raises on error", lambda: use(ExitRaises(), lambda: 1 / 0))
class ExitBadBool:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return type("B", (), {"__bool__": lambda s: 1 / 0})()
attempt("__exit__ result bool raises", lambda: use(ExitBadBool(), lambda: [][1]))
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
attempt("__exit__ swallows", lambda: use(Swallow(), lambda: 1 / 0))
class NoExit:
    def __enter__(self):
        return self
attempt("missing __exit__", lambda: use(NoExit(), lambda: None))
class EnterRaises:
    def __enter__(self):
        raise OSError("enter")
    def __exit__(self, *a):
        print("  exit must not run")
attempt("__enter__ raises", lambda: use(EnterRaises(), lambda: None))
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
attempt("generator yields twice", lambda: use(twice(), lambda: None))
@contextlib.contextmanager
def never():
    if False:
        yield
attempt("generator never yields", lambda: use(never(), lambda: None))
@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
attempt("generator converts exception", lambda: use(reraise_other(), lambda: 1 / 0))
@contextlib.contextmanager
def swallow_gen():
    try:
        yield
    except Exception:
        pass
attempt("generator swallows", lambda: use(swallow_gen(), lambda: 1 / 0))
@contextlib.contextmanager
def stop_iter():
    yield
attempt("StopIteration through contextmanager", lambda: use(stop_iter(), lambda: next(iter([]))))
def exitstack():
    with contextlib.ExitStack() as st:
        for i in range(1000):
            st.callback(lambda i=i: None)
        st.callback(lambda: 1 / 0)
    return "unreachable"
attempt("ExitStack with raising callback", exitstack)
def nested_exits():
    with contextlib.ExitStack() as st:
        st.callback(lambda: [][0])
        st.callback(lambda: {}["k"])
        raise ValueError("body")
def chain_names():
    try:
        nested_exits()
    except Exception as e:
        names = []
        while e is not None:
            names.append(type(e).__name__)
            e = e.__context__
        return names
attempt("ExitStack exception chain", chain_names)
attempt("suppress", lambda: use(contextlib.suppress(ZeroDivisionError), lambda: 1 / 0))
attempt("nullcontext", lambda: use(contextlib.nullcontext(), lambda: None))
