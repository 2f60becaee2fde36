if (n := len(a)) > 10: print(n)
while (c := f()) is not None: break
global q
q = [y for x in z if (y := x)]
