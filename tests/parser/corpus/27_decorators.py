@dec
def f():
    pass
@dec1
@dec2(arg)
@dec3.attr
def f():
    pass
@dec
class C:
    pass
@a.b.c
@a[0]
@(lambda f: f)
@x if y else z
def g():
    pass
@dec
async def h():
    pass
