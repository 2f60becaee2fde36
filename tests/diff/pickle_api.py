# Pickler / Unpickler classes: persistent ids, dispatch tables,
# reducer_override, find_class, files, protocol checks, framing, buffers.
import pickle, io, copyreg, collections

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PicklingError.__module__, pickle.Pickler.__name__)


class Obj:
    def __init__(self, key):
        self.key = key


class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Obj):
            return ('Obj', obj.key)
        return None


class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return 'loaded-%s-%s' % (kind, key)


for proto in range(1, 6):
    f = io.BytesIO()
    PersPickler(f, proto).dump([Obj(1), 'x', Obj(2)])
    print('pers', proto, f.getvalue().hex())
    f.seek(0)
    print(PersUnpickler(f).load())
    try:
        pickle.loads(f.getvalue())
    except pickle.UnpicklingError as e:
        print('no persistent_load:', e)


class StrPers(pickle.Pickler):
    def persistent_id(self, obj):
        return 'pid%d' % obj if isinstance(obj, int) and obj > 100 else None


f = io.BytesIO()
StrPers(f, 0).dump([1, 200])
print('pers0', f.getvalue())


class P0(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('P', pid)


print(P0(io.BytesIO(f.getvalue())).load())

# dispatch_table
table = copyreg.dispatch_table.copy()
table[Obj] = lambda o: (Obj, ('from-table-%s' % o.key,))
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = table
p.dump(Obj(5))
print('table', f.getvalue().hex(), pickle.loads(f.getvalue()).key)


class TablePickler(pickle.Pickler):
    dispatch_table = {Obj: lambda o: (str, ('obj%s' % o.key,))}


f = io.BytesIO()
TablePickler(f, 3).dump([Obj(9)])
print('table class', f.getvalue().hex(), pickle.loads(f.getvalue()))


# reducer_override
class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Obj:
            return (str, ('class Obj',))
        if isinstance(obj, Obj):
            return (int, (str(obj.key),))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([Obj, Obj(12), 1, 'a'])
print('override', f.getvalue().hex(), pickle.loads(f.getvalue()))


# find_class
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


for proto in (0, 2, 4):
    data = pickle.dumps([{1, 2}, frozenset([3])], proto)
    print('restricted ok', proto, Restricted(io.BytesIO(data)).load())
    try:
        Restricted(io.BytesIO(pickle.dumps(Obj(1), proto))).load()
    except pickle.UnpicklingError as e:
        print('restricted', proto, e)

# memo across dumps on one Pickler, clear_memo
f = io.BytesIO()
p = pickle.Pickler(f, 2)
lst = [1, 2]
p.dump(lst)
p.dump(lst)
p.clear_memo()
p.dump(lst)
print('memo', f.getvalue().hex())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError', e)

# several pickles in one file, and file position after load
f = io.BytesIO()
for i, obj in enumerate([1, 'two', [3], {'four': 4}]):
    pickle.dump(obj, f, i + 1)
f.write(b'trailing')
f.seek(0)
for i in range(4):
    print(pickle.load(f), f.tell())
print(f.read())

# protocol checks
for proto in (-1, -5, 6, 100, None):
    try:
        print('proto', proto, pickle.dumps(1, proto))
    except Exception as e:
        print('proto', proto, type(e).__name__, e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.Pickler(42)
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.loads('str')
except Exception as e:
    print(type(e).__name__, e)
print(pickle.loads(bytearray(pickle.dumps([1]))), pickle.loads(memoryview(pickle.dumps((2,)))))

# framing with large data
import hashlib
for obj in ([b'x' * 30000 for i in range(5)], [str(i) * 50 for i in range(2000)],
            [b'z' * 70000, 1], 'w' * 70000, list(range(25000)),
            {i: str(i) for i in range(5000)}, bytearray(b'q' * 70000)):
    for proto in (4, 5):
        data = pickle.dumps(obj, proto)
        print('frame', proto, len(data), hashlib.sha256(data).hexdigest()[:16], pickle.loads(data) == obj)

# out-of-band buffers (protocol 5)
buf = pickle.PickleBuffer(bytearray(b'abc'))
print(pickle.dumps(buf, 5).hex())
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b'ro'), pickle.PickleBuffer(bytearray(b'rw'))], 5, buffer_callback=bufs.append)
print(data.hex(), len(bufs))
res = pickle.loads(data, buffers=bufs)
print([bytes(x) for x in res])
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print(e)
try:
    pickle.dumps(buf, 4)
except pickle.PicklingError as e:
    print(e)

# fix_imports
print(pickle.dumps(range, 2, fix_imports=False), pickle.dumps(range, 2))
print(pickle.dumps(collections.UserDict, 2), pickle.dumps(ConnectionError, 2))
print(pickle.loads(b'c__builtin__\nxrange\n.'), pickle.loads(b'c__builtin__\nunicode\n.', fix_imports=True))
try:
    pickle.loads(b'c__builtin__\nxrange\n.', fix_imports=False)
except Exception as e:
    print(type(e).__name__, e)

# extension registry
copyreg.add_extension('collections', 'OrderedDict', 300)
copyreg.add_extension('collections', 'Counter', 70000)
copyreg.add_extension('collections', 'deque', 5)
for proto in (1, 2, 4):
    data = pickle.dumps([collections.OrderedDict, collections.Counter, collections.deque, collections.OrderedDict], proto)
    print('ext', proto, data.hex(), pickle.loads(data))
copyreg.remove_extension('collections', 'OrderedDict', 300)
copyreg.remove_extension('collections', 'Counter', 70000)
copyreg.remove_extension('collections', 'deque', 5)

# recursion
deep = []
for i in range(3000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
for depth, make in [(450, lambda d: [d]), (450, lambda d: {'k': d}), (900, lambda d: (d, 1)),
                    (600, lambda d: [d]), (1200, lambda d: (d,))]:
    deep = None
    for i in range(depth):
        deep = make(deep)
    try:
        print(depth, len(pickle.loads(pickle.dumps(deep))))
    except RecursionError as e:
        print(depth, 'RecursionError', e)
nested = b'\x80\x04' + b']' * 20000 + b'.'
print(len(pickle.loads(nested)))
nested = b'\x80\x04' + b'(' * 20000 + b'N.'
print(pickle.loads(nested))
