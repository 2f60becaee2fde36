# pickle with hostile objects: containers mutated while being pickled,
# reductions and state setters that misbehave, unpicklers fed nonsense.
import pickle, io


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, (bytes, int, str, list, tuple)) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


target_list = []


class GrowList:
    def __reduce__(self):
        if len(target_list) < 5:
            target_list.append(len(target_list))
        return (int, (1,))


target_list.extend([GrowList(), 0])
attempt('list grows', lambda: pickle.loads(pickle.dumps(target_list, 2)))

target_dict = {}


class GrowDict:
    def __reduce__(self):
        target_dict['new%d' % len(target_dict)] = 1
        return (int, (2,))


target_dict.update(a=GrowDict(), b=1)
attempt('dict grows', lambda: pickle.dumps(target_dict, 2))
target_set = set()


class GrowSet:
    def __reduce__(self):
        target_set.add(len(target_set) + 100)
        return (int, (3,))


target_set.update([GrowSet(), 1])
attempt('set grows', lambda: pickle.dumps(target_set, 4))


class BadState:
    def __reduce__(self):
        return (BadState, (), {'x': 1})

    def __setstate__(self, state):
        raise ValueError('refusing state')


attempt('setstate raises', lambda: pickle.loads(pickle.dumps(BadState(), 2)))


class RaiseReduce:
    def __reduce__(self):
        raise KeyError('reduce failed')


attempt('reduce raises', lambda: pickle.dumps([1, RaiseReduce()], 2))


class SelfRef:
    def __reduce__(self):
        return (SelfRef, (), None, iter([self, self]))

    def append(self, x):
        self.items = getattr(self, 'items', []) + [x]


attempt('self listitems', lambda: len(pickle.loads(pickle.dumps(SelfRef(), 2)).items))
rec = []
rec.append((rec, rec))
attempt('recursive tuple', lambda: pickle.loads(pickle.dumps(rec, 2))[0][0] is not None)
d = {}
d['self'] = d
attempt('recursive dict', lambda: sorted(pickle.loads(pickle.dumps(d, 0))))


class WrongClass:
    def __reduce__(self):
        return (pickle.loads.__class__, ())


class Pers(pickle.Unpickler):
    def persistent_load(self, pid):
        raise pickle.UnpicklingError('bad pid %r' % (pid,))


attempt('persistent raises', lambda: Pers(io.BytesIO(b'\x80\x02K\x05Q.')).load())


class Weird(pickle.Unpickler):
    def find_class(self, module, name):
        return 42


attempt('find_class not callable', lambda: Weird(io.BytesIO(b'\x80\x02cx\ny\n)R.')).load())
attempt('find_class as value', lambda: Weird(io.BytesIO(b'\x80\x02cx\ny\n.')).load())
for data in [b'\x80\x02]\x85b.', b'\x80\x02}]b.', b'\x80\x02(]]t\x85b.', b'\x80\x02N)b.', b'\x80\x02K\x01}b.',
             b'\x80\x02)}(U\x01xK\x01ub.', b'\x80\x02]K\x01\x85b.', b'\x80\x02K\x01K\x02e.', b'\x80\x04N(\x90.',
             b'\x80\x04K\x01(K\x02\x90.', b'\x80\x02K\x01)\x81.', b'\x80\x04c__builtin__\nlist\n)}\x92.',
             b'\x80\x04cbuiltins\nint\nK\x01\x85}\x92.', b'\x80\x02cbuiltins\nint\n]\x81.',
             b'\x80\x02cbuiltins\nint\nh\x00.', b'\x80\x02K\x01q\xffh\xff.', b'\x80\x02cbuiltins\ngetattr\nK\x01U\x07__add__\x86R.',
             b'\x80\x02cbuiltins\nlist\n)R(K\x01K\x02u.', b'\x80\x02cbuiltins\ndict\n)R(K\x01e.',
             b'\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00abc\x98.', b'\x80\x05C\x03abc\x98.']:
    attempt(data, lambda: pickle.loads(data))
