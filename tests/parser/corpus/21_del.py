del a
del a, b
del a,
del (a)
del (a, b)
del [a, b]
del a.b
del a[0]
del a[0], b.c, (d, [e])
