# Argument errors of the container methods (counts and keywords), as CPython 3.11 words them.
objs = [[1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({1}), range(3), slice(1, 2), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]
names = {
    list: "append extend insert pop remove index count reverse sort copy clear".split(),
    tuple: "count index".split(),
    dict: "clear copy fromkeys get items keys values pop popitem setdefault update".split(),
    set: "add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update".split(),
    frozenset: "copy difference intersection isdisjoint issubset issuperset symmetric_difference union".split(),
    range: "count index".split(),
    slice: "indices".split(),
}
for o in objs:
    for n in names.get(type(o), ["isdisjoint"] if "keys" in type(o).__name__ or "items" in type(o).__name__ else []):
        for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 1}), ((), {"key": 1})]:
            try:
                c = o.copy() if hasattr(o, "copy") else o
                getattr(c, n)(*args, **kw)
                print(type(o).__name__, n, len(args), "ok")
            except Exception as e:
                print(type(o).__name__, n, len(args), sorted(kw), type(e).__name__, e)
