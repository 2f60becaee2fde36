# copyreg: the reduction registry, extension codes and the helpers pickle
# uses for protocols 0-2.
import copyreg, pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def reduce_point(p):
    return Point, (p.x, p.y)


print(complex in copyreg.dispatch_table, Point in copyreg.dispatch_table)
print(copyreg.pickle_complex(3 + 4j))
copyreg.pickle(Point, reduce_point)
print(Point in copyreg.dispatch_table)
for proto in range(6):
    data = pickle.dumps(Point(1, 2), proto)
    p = pickle.loads(data)
    print(proto, data.hex(), p.x, p.y)
del copyreg.dispatch_table[Point]

for args in [(Point, 42), (Point, reduce_point, 42)]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    copyreg.constructor(1)
except TypeError as e:
    print('TypeError', e)
copyreg.constructor(Point)

# extension codes
copyreg.add_extension('mod', 'name', 1000)
copyreg.add_extension('mod', 'name', 1000)        # redundant: fine
for args in [('mod', 'name', 1001), ('mod', 'other', 1000), ('m', 'n', 0), ('m', 'n', 2**31), ('m', 'n', -1)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)
print(copyreg._extension_registry, copyreg._inverted_registry)
try:
    copyreg.remove_extension('mod', 'name', 999)
except ValueError as e:
    print('ValueError', e)
copyreg._extension_cache[1000] = 'cached'
copyreg.remove_extension('mod', 'name', 1000)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg._extension_cache[5] = 'x'
copyreg.clear_extension_cache()
print(copyreg._extension_cache)

# helpers


class MyInt(int):
    pass


class MyList(list):
    pass


obj = copyreg._reconstructor(Point, object, None)
print(type(obj).__name__, obj.__dict__)
obj = copyreg._reconstructor(MyInt, int, 7)
print(type(obj).__name__, obj)
obj = copyreg._reconstructor(MyList, list, [1, 2])
print(type(obj).__name__, obj)
print(type(copyreg.__newobj__(MyInt, 5)).__name__, copyreg.__newobj__(MyInt, 5))
print(copyreg.__newobj_ex__(MyInt, (6,), {}))


class A:
    __slots__ = ('a', '__b')


class B(A):
    __slots__ = 'c'


class _C(B):
    __slots__ = ('__d', '__dict__', '__weakref__')


class NoSlots:
    pass


for cls in (A, B, _C, NoSlots):
    print(cls.__name__, copyreg._slotnames(cls), cls.__dict__.get('__slotnames__'))

# protocols 0 and 1 use _reconstructor through copyreg._reduce_ex
m = MyInt(5)
m.tag = 't'
for proto in (0, 1):
    r = copyreg._reduce_ex(m, proto)
    print(r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2:])
    data = pickle.dumps(m, proto)
    print(data.hex())
    back = pickle.loads(data)
    print(type(back).__name__, back, back.tag)
    print(copyreg._reduce_ex(Point(1, 2), proto)[1:])
    try:
        copyreg._reduce_ex(A(), proto)
    except TypeError as e:
        print('TypeError', e)
print(sorted(copyreg.__all__))
