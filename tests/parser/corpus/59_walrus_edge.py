if (a := 1) and (b := 2):
    pass
x = [y for x in data if (y := f(x)) is not None]
while chunk := read():
    pass
print((z := 5))
f(a := 1, b := 2)
g = lambda: (x := 1)
d = {a: (b := 1)}
s = x[(y := 1)]
