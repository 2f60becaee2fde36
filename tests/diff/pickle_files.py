# pickle.dump/load through file objects: positions, frames read from files,
# readers without readinto/peek, real files.
import pickle, io
obj = [str(i) * 20 for i in range(4000)] + [b"x" * 70000]
f = io.BytesIO()
pickle.dump(obj, f, 4); pickle.dump({'second': 2}, f, 5); f.write(b'tail')
f.seek(0)
print(pickle.load(f) == obj, f.tell(), pickle.load(f), f.tell(), f.read())
class R:
    def __init__(self, b): self.b = b; self.pos = 0
    def read(self, n): r = self.b[self.pos:self.pos+n]; self.pos += len(r); return r
    def readline(self):
        i = self.b.find(b'\n', self.pos); i = len(self.b) if i < 0 else i + 1
        r = self.b[self.pos:i]; self.pos = i; return r
print(pickle.Unpickler(R(pickle.dumps(obj, 0))).load() == obj, pickle.Unpickler(R(pickle.dumps(obj, 5))).load() == obj)
try:
    pickle.Unpickler(R(pickle.dumps(obj, 4)[:70000])).load()
except Exception as e: print(type(e).__name__, e)
try:
    pickle.Unpickler(R(b'')).load()
except Exception as e: print(type(e).__name__, e)
try:
    pickle.Unpickler(object())
except Exception as e: print(type(e).__name__, e)
import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.pickle')
with open(path, 'wb') as fh:
    for proto in range(6):
        pickle.dump((proto, [proto] * 3, 'p%d' % proto), fh, proto)
with open(path, 'rb') as fh:
    for proto in range(6):
        print(pickle.load(fh), fh.tell())
    try:
        pickle.load(fh)
    except EOFError as e:
        print('EOFError', e)
os.remove(path)
os.rmdir(d)
