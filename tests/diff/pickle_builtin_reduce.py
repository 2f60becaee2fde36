# __reduce__ of built-in functions, bound built-in methods, method
# descriptors and slot wrappers; pickling them with protocols 0-5.
import pickle, math, copy, operator, collections, sys, io
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
objs = [len, math.sqrt, [].append, {}.get, 'abc'.upper, (1, 2).index, print, sorted, 
        math.floor, dict.fromkeys, int.from_bytes, object.__new__, sys.getrecursionlimit,
        bytes.fromhex]
for o in objs:
    t(lambda: o.__reduce__())
    t(lambda: o.__reduce_ex__(2))
    for proto in range(6):
        t(lambda: pickle.loads(pickle.dumps(o, proto)) == o)
    t(lambda: copy.copy(o) is o)
    t(lambda: copy.deepcopy(o) is o)
t(lambda: pickle.dumps(len, 0))
t(lambda: pickle.dumps(math.sqrt, 2))
t(lambda: pickle.dumps(math.sqrt, 4))
t(lambda: pickle.loads(pickle.dumps([].append))([]))
l = [1]
f = pickle.loads(pickle.dumps(l.append))
f(2); print(l, f.__self__)
t(lambda: pickle.loads(pickle.dumps({'a': 1}.get))('a'))
t(lambda: pickle.dumps(len, 0))
t(lambda: pickle.dumps([].append, 0))
t(lambda: pickle.dumps(list.append, 2))
t(lambda: list.append.__reduce__())
t(lambda: str.upper.__reduce_ex__(2))
t(lambda: pickle.loads(pickle.dumps(list.append)) is list.append)
t(lambda: int.__add__.__reduce__())
t(lambda: (1).__add__.__reduce__())
t(lambda: pickle.loads(pickle.dumps((1).__add__))(2))
t(lambda: [].__len__.__reduce__())
t(lambda: pickle.loads(pickle.dumps([5].__len__))())
t(lambda: len.__reduce__(1))
t(lambda: [].append.__reduce__(1))
t(lambda: list.append.__reduce__(1))
t(lambda: int.__add__.__reduce__(1))
t(lambda: (1).__add__.__reduce__(1))
t(lambda: len.__reduce_ex__(0))
t(lambda: [].append.__reduce_ex__(4))
for proto in range(6):
    m = pickle.loads(pickle.dumps(math.sqrt, proto))
    b = pickle.loads(pickle.dumps({1: 'x'}.get, proto))
    u = pickle.loads(pickle.dumps(str.upper, proto))
    print(proto, m is math.sqrt, m(16), b(1), b.__self__, u('q'), u is str.upper)
r = pickle.loads(pickle.dumps([len, max, [3].count, dict.fromkeys]))
print(r[:2], r[2](3), r[2].__self__, r[3] == dict.fromkeys, r[3]("ab"))
