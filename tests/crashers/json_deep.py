# json on deeply nested documents and self-referencing containers
# (bpo-12017, bpo-24522: recursion in the C encoder/decoder).
import json
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, len(r) if hasattr(r, "__len__") else r)
    except (RecursionError, ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, str(e)[:60])

attempt("loads [[[... 5000", lambda: json.loads("[" * 5000 + "]" * 5000))
attempt("loads {{... 5000", lambda: json.loads('{"a":' * 5000 + "1" + "}" * 5000))
attempt("loads unclosed", lambda: json.loads("[" * 5000))
attempt("loads ok depth 100", lambda: json.loads("[" * 100 + "]" * 100))
x = []
for _ in range(5000):
    x = [x]
attempt("dumps deep list", lambda: json.dumps(x))
d = {}
for _ in range(5000):
    d = {"k": d}
attempt("dumps deep dict", lambda: json.dumps(d))
c = []
c.append(c)
attempt("dumps circular list", lambda: json.dumps(c))
cd = {}
cd["self"] = cd
attempt("dumps circular dict", lambda: json.dumps(cd))
attempt("dumps circular no check", lambda: json.dumps(c, check_circular=False))
class Evil:
    pass
attempt("default recursing", lambda: json.dumps(Evil(), default=lambda o: o))
attempt("default returns list of self", lambda: json.dumps(Evil(), default=lambda o: [o]))
attempt("huge int", lambda: json.dumps(10 ** 5000))
attempt("huge int literal", lambda: json.loads("1" * 5000))
attempt("nan", lambda: json.dumps(float("nan")))
attempt("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("bad key", lambda: json.dumps({(1, 2): 3}))
attempt("big indent", lambda: json.dumps([[1]], indent=10000)[:5])
attempt("object_hook recursion", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: json.loads("[" * 5000)))
