a = x if y else z
b = x if y else z if w else v
c = (x if y else z)
d = [x if x else y for x in z]
if (n := len(a)) > 10:
    pass
while (line := f.readline()):
    pass
e = [y := f(x), y ** 2]
f = {(k := 1): 2}
g(h := 1)
print(f'{(x := 10)}')
