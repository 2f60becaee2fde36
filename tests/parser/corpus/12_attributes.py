a = x.y
b = x.y.z
c = x.y().z
d = (x).y
e = x[0].y
x.y = 1
x.y.z = 2
del x.y
f = 1 .real
g = (1).real
h = 'abc'.upper()
i = ....__class__
