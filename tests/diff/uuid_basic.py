import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.variant, u.version, u.time, u.clock_seq, u.node)
for kw in [{'hex': '12345678123456781234567812345678'}, {'bytes': b'\x12\x34\x56\x78' * 4}, {'bytes_le': b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'},
           {'fields': (0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)}, {'int': 0x12345678123456781234567812345678},
           {'hex': 'urn:uuid:12345678-1234-5678-1234-567812345678', 'version': 4}, {'int': 0, 'version': 1}, {'int': (1 << 128) - 1}]:
    v = uuid.UUID(**kw)
    print(v, v.version, v.variant, v == u, hash(v) == hash(u))
for kw in [{}, {'hex': 'abc'}, {'bytes': b'x'}, {'bytes_le': b'y' * 15}, {'fields': (1, 2, 3)}, {'fields': (1 << 32, 0, 0, 0, 0, 0)},
           {'fields': (0, 0, 0, 0, 256, 0)}, {'int': -1}, {'int': 1 << 128}, {'int': 5, 'version': 6}, {'hex': 'x' * 32}, {'hex': 'a' * 32, 'int': 1}]:
    try:
        print(uuid.UUID(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b'x')
except TypeError as e:
    print('TypeError', e)
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'), uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), isinstance(r.int, int))
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(clock_seq=0x1234).clock_seq)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=1) == 1, int(uuid.UUID(int=7)))
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, u.is_safe, uuid.RFC_4122, uuid.RESERVED_NCS)
try:
    uuid.UUID(int=1) < 2
except TypeError as e:
    print('TypeError', e)
