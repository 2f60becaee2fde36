# pass, Ellipsis, None, semicolons, nested blocks, conditional defs.
def empty():
    pass
print(empty(), ..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(None))
x = 1; y = 2; print(x + y)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
while x < 3: x += 1
print(x)
class E: pass
print(E.__name__)
def stub(): ...
print(stub())
if True:
    def cond():
        return "first"
else:
    def cond():
        return "second"
print(cond())
for n in range(3):
    def made(n=n):
        return n
print(made())
try:
    pass
finally:
    print("finally after pass")
print(None is None, None == None, type(None).__name__, bool(None), str(None))
print(NotImplemented, type(NotImplemented).__name__)
if x == 3:
    if y == 2:
        if x + y == 5:
            print("deeply nested")
value = (1 +
         2 +
         3)
print(value)
items = [
    1,
    2,
]
print(items, {
    "k": "v",
})
print(type(print).__name__, type(len).__name__, type(empty).__name__)
def returns_tuple():
    return 1, 2
print(returns_tuple())
def returns_nothing():
    return
print(returns_nothing())
print(*(i for i in range(3)))
global_var = "g"
def read():
    return global_var
print(read())
print((lambda: (yield))().__class__.__name__)
