a = not x == y
b = x | y ^ z & w
c = x + y * z ** -w
d = -x ** y
e = x if y or z else w and v
f = lambda: x if y else z
g = a < b | c
h = a + b << c
i = await_ + 1
j = x[1] ** 2
k = x.y ** -z.w
l = (a, b) + (c,)
m = a or b and not c
