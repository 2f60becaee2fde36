a = lambda: 0
b = lambda x: x
c = lambda x, y=1: x + y
d = lambda *args, **kwargs: (args, kwargs)
e = lambda x, /, y, *, z: 0
f = lambda *, a=1, b: 0
g = lambda x: lambda y: x + y
h = lambda: (yield)
i = (lambda: 1)()
j = lambda x=lambda: 1: x
k = lambda a, b=2, *c, d, e=5, **f: 0
