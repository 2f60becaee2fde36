# Call forms: positional, keyword, *args, **kwargs, method calls, evaluation order.
def show(*args, **kwargs):
    return args, kwargs


order = []


def ev(x):
    order.append(x)
    return x


print(show(1, 2, a=3))
print(show(*[1, 2], *(3,), 4, **{'a': 1}, b=2, **{'c': 3}))
print(show(ev(1), ev(2), k=ev(3), *[ev(4)], **{'z': ev(5)}))
print(order)
print(show(**{'x': 1}))
print(show(*range(3)))
print(show(*'ab', sep='-'))
try:
    show(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    show(*1)
except TypeError as e:
    print(e)
try:
    show(**1)
except TypeError as e:
    print(e)


class C:
    def m(self, *a, **k):
        return ('m', a, k)


obj = C()
print(obj.m(1, 2), obj.m(x=1), obj.m(*[3]), C.m(obj, 4))
meth = obj.m
print(meth(5))
print(len('abc'), 'a-b'.split('-'), ', '.join(['x', 'y']))
many = show(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
print(len(many[0]))
kw = show(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)
print(len(kw[1]))
print((lambda a, b: a - b)(b=1, a=10))
f = show
print(f(f(1))[0][0])
