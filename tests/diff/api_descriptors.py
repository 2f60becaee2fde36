# Attributes CPython exposes as descriptors on the type: hmac.HMAC's
# block_size/digest_size, struct.Struct's format/size and
# collections.defaultdict's default_factory.
import collections
import hashlib
import hmac
import struct

print([n for n in ('block_size', 'digest_size', 'blocksize') if n in dir(hmac.HMAC)])
h = hmac.new(b'key', b'msg', 'sha256')
print(h.block_size, h.digest_size, h.name, h.hexdigest()[:16])
h2 = hmac.new(b'k' * 200, digestmod=hashlib.sha512)
print(h2.block_size, h2.digest_size, h2.copy().digest_size)
print(hmac.new(b'k', digestmod='md5').block_size)
try:
    h.other_attribute = 1
except AttributeError as e:
    print('AttributeError')

print([n for n in ('format', 'size', 'pack', 'unpack_from') if n in dir(struct.Struct)])
s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(s.pack(3, 4)))
print(struct.Struct(b'>q').format, struct.Struct(b'>q').size)
for attr in ('format', 'size'):
    try:
        setattr(s, attr, 'x')
    except AttributeError as e:
        print('AttributeError', e)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    struct.Struct(5)
except TypeError as e:
    print('TypeError', e)
print(isinstance(struct.Struct.format, property) or type(struct.Struct.format).__name__ == 'getset_descriptor')

print('default_factory' in dir(collections.defaultdict))
d = collections.defaultdict(list)
d['a'].append(1)
print(d, d.default_factory)
d.default_factory = int
d['b'] += 2
print(d, dict(d))
try:
    d.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    vars(d)
except TypeError as e:
    print('TypeError', e)


class Sub(collections.defaultdict):
    pass


e = Sub(set, {'k': {1}})
e.note = 'subclass instances have a __dict__'
print(e, e.note, e.default_factory, e['z'])
print(e.copy(), type(e.copy()).__name__)
import copy
import pickle
print(copy.deepcopy(d), pickle.loads(pickle.dumps(d)), pickle.loads(pickle.dumps(d)).default_factory)
print(collections.defaultdict(None).default_factory, repr(collections.defaultdict()))
