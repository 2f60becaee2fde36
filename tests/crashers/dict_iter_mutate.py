# Dicts and their views mutated while an iterator walks them.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def grow():
    d = dict.fromkeys(range(5))
    for k in d:
        d[k + 100] = 1
def shrink():
    d = dict.fromkeys(range(5))
    for k in d:
        del d[k]
def keys_view():
    d = dict.fromkeys(range(5))
    ks = d.keys()
    it = iter(ks)
    next(it)
    d.clear()
    return list(it)
def items_view():
    d = dict.fromkeys(range(5))
    out = []
    for k, v in d.items():
        d.pop(k)
        d[k] = v
        out.append(k)
        if len(out) > 20:
            break
    return out
def values_reversed():
    d = dict.fromkeys(range(5))
    it = reversed(d.values())
    next(it)
    d["new"] = 2
    return next(it)
def same_size_change():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1
    return d
attempt("grow", grow)
attempt("shrink", shrink)
attempt("keys view cleared", keys_view)
attempt("items pop/reinsert", items_view)
attempt("reversed values", values_reversed)
attempt("same size", same_size_change)
d = {i: i for i in range(3)}
v = d.keys()
d.update({10: 1})
print(sorted(v), len(v), 10 in v)
d.clear()
print(list(v), list(d.items()), list(reversed(d)))
