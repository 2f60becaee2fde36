# *args and **kwargs: collection, forwarding, ordering.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=1, **{"y": 2}))
def g(a, b, *rest, c=0, **opts):
    return a, b, rest, c, opts
print(g(1, 2), g(1, 2, 3, 4, c=5, d=6))
def forward(*a, **k):
    return g(*a, **k)
print(forward(9, 8, 7, c=1, z=2))
kw = {"b": 2, "a": 1}
print(g(**kw))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
print(order(**{"q": 1}, w=2, **{"e": 3}))
def mutate(*args):
    return type(args).__name__
print(mutate(1, 2))
def kwtype(**kw):
    kw["new"] = 1
    return type(kw).__name__, kw
d = {"x": 0}
print(kwtype(**d), d)
def count(*args):
    return len(args)
print(count(*range(100)), count(*"hello", *b"hi"))
def pos_and_var(first, *others):
    return first, others
print(pos_and_var(*[1]), pos_and_var(*(1, 2, 3)))
try:
    pos_and_var()
except TypeError as e:
    print(e)
def kw_non_string(**kw):
    return kw
try:
    kw_non_string(**{1: 2})
except TypeError as e:
    print(e)
print(kw_non_string(**{"with space": 1, "é": 2}))
print(f(*(), **{}))
def defaults_and_star(a=1, *args):
    return a, args
print(defaults_and_star(), defaults_and_star(5, 6))
