# The iterator and view types cannot be instantiated from Python code.
for t in [type({}.keys()), type({}.values()), type(iter([])), type(iter(range(3))), type(iter(set())), type(iter(())), type(iter(range(2**70))), type(reversed([])), type(iter({}.items())), type(iter(lambda:1, 1)), type(reversed({}))]:
    try: t()
    except TypeError as e: print(e)
class G:
    def __getitem__(self, i): raise IndexError
try: type(iter(G()))()
except TypeError as e: print(e)
for t in [set, frozenset, tuple, dict, list, range, slice, enumerate, zip, map, filter, reversed, type({}.keys()), type(iter([]))]:
    try:
        o = object.__new__(t)
        print(t.__name__, "created", type(o).__name__)
    except TypeError as e:
        print(t.__name__, "TypeError", e)
