a = x < y
b = x < y <= z > w >= v == u != t
c = x in y
d = x not in y
e = x is y
f = x is not y
g = not x == y
h = a < b < c
i = (a < b) < c
