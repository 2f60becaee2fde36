if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
if a: x = 1; y = 2
if a:
    if b:
        pass
    else:
        pass
if (a and
        b):
    pass
