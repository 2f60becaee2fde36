a = 1
a = b = c = 1
a, b = 1, 2
(a, b) = (1, 2)
[a, b] = [1, 2]
a, = 1,
a.b = 1
a[0] = 1
a.b.c[0].d = 1
((a)) = 1
(a), (b) = 1, 2
x = yield_ = 1
a = yield
a = b = yield 1
a = (yield)
