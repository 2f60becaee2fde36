# del statement on names, items, slices, attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "b" in dir())
p = [1, 2, 3]
q = [4, 5]
del (p[0], q[1])
print(p, q)
del [p[0]]
print(p)
def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(local_del())
try:
    del lst[100]
except IndexError as e:
    print(e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(e)
nested = {"k": [1, {"z": 2}]}
del nested["k"][1]["z"]
print(nested)
class D:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
dd = D()
del dd[1:2], dd["x"], dd.attr
try:
    del undefined_name_here
except NameError as e:
    print(e)
