# 3.11 caret lines: binary operators, subscripts, calls, attributes.
def div(a, b):
    return a / b

def sub(d):
    return d["missing"]   

def call(f):
    return f(1,
             2)

def chain(x):
    y = x  +  div(1, 0)
    return y

try:
    sub({})
except KeyError:
    pass
try:
    call(lambda: 0)
except TypeError:
    pass
values = {"a": [1, 2]}
total = values["a"][0] + chain(1)
