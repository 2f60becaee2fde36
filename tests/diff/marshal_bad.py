# marshal.loads/load on truncated, mutated and hand-crafted hostile inputs:
# every prefix and many single-byte mutations of several valid dumps
# (written by CPython 3.11, embedded as literals), each printed with the
# exact exception type and message or the loaded value.
import io
import marshal

BASES = [
    # [1, -2, 70000, 2**40, -2**70, 0]
    b'\xdb\x06\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\xfe\xff\xff\xff\xe9p\x11\x01\x00'
    b'\xec\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04l\xfb\xff\xff\xff\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x04\xe9\x00\x00\x00\x00',
    # ('text', 'a b', '\xe9\u20ac', b'byt', 1.5, -0.0, 2j, None, True, False, ..., StopIteration)
    b'\xa9\x0c\xda\x04text\xfa\x03a b\xf5\x05\x00\x00\x00\xc3\xa9\xe2\x82\xac\xf3\x03'
    b'\x00\x00\x00byt\xe7\x00\x00\x00\x00\x00\x00\xf8?\xe7\x00\x00\x00\x00\x00\x00'
    b'\x00\x80\xf9\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00@NTF.S',
    # {'k': [1, 2], 'v': frozenset([1, 2]), 's': {3}, 'd': {}}
    b'\xfb\xda\x01k[\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00\xda\x01v'
    b'>\x02\x00\x00\x00r\x02\x00\x00\x00r\x03\x00\x00\x00\xda\x01s<\x01\x00\x00\x00'
    b'\xe9\x03\x00\x00\x00\xda\x01d{00',
    # [1.5, 2+3j, 'uni', (1,), 2**40, b''] in version 1
    b'[\x06\x00\x00\x00f\x031.5x\x012\x013u\x03\x00\x00\x00uni(\x01\x00\x00\x00i\x01'
    b'\x00\x00\x00l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04s\x00\x00\x00\x00',
    # the same in version 2
    b'[\x06\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf8?y\x00\x00\x00\x00\x00\x00\x00@'
    b'\x00\x00\x00\x00\x00\x00\x08@u\x03\x00\x00\x00uni(\x01\x00\x00\x00i\x01\x00\x00'
    b'\x00l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04s\x00\x00\x00\x00',
    # s = [7]; [s, s, (s, 'key', 'key'), 'key']: references
    b'\xdb\x04\x00\x00\x00\xdb\x01\x00\x00\x00\xe9\x07\x00\x00\x00r\x01\x00\x00\x00'
    b')\x03r\x01\x00\x00\x00\xda\x03keyr\x03\x00\x00\x00r\x03\x00\x00\x00',
    # version 3 interned / unicode, INT64, ascii forms, empty containers
    b'\xa8\x05\x00\x00\x00\xf4\x02\x00\x00\x00idI\x01\x02\x03\x04\x05\x06\x07\x88'
    b'\xc1\x05\x00\x00\x00hello\xe1\x02\x00\x00\x00a \xbe\x00\x00\x00\x00',
]

MUTATIONS = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x30, 0x72, 0xa9, 0x5b, 0x3c, 0x7b]


def risky(b):
    # Inputs CPython itself cannot take quickly or at all: a huge declared
    # tuple/list length (CPython allocates it before reading the items,
    # gigabytes) and code objects (Pyclave cannot build them).
    if 0x63 in b or 0xe3 in b:
        return True
    for code in b'(\xa8[\xdb':
        i = b.find(code)
        while 0 <= i < len(b) - 4:
            if int.from_bytes(b[i + 1:i + 5], 'little', signed=True) > 65536:
                return True
            i = b.find(code, i + 1)
    return False


SELF_TUPLE = 'tuple that contains itself'


def show(v, active=()):
    """repr() with sets sorted (their order depends on str hashing) and
    cycles shown as '...'; notes a tuple that contains itself."""
    global self_tuple
    if id(v) in active:
        if type(v) is tuple:
            self_tuple = True
        return '...'
    t = type(v)
    if t in (list, tuple, dict, set, frozenset):
        inner = active + (id(v),)
        if t is dict:
            body = ', '.join('%s: %s' % (show(k, inner), show(x, inner))
                             for k, x in v.items())
            return '{%s}' % body
        parts = [show(x, inner) for x in v]
        if t is list:
            return '[%s]' % ', '.join(parts)
        if t is tuple:
            return '(%s)' % ', '.join(parts) if len(parts) != 1 else '(%s,)' % parts[0]
        return '%s(%s)' % (t.__name__, sorted(parts))
    return repr(v)


def outcome(data):
    global self_tuple
    self_tuple = False
    try:
        v = marshal.loads(data)
    except Exception as e:
        if SELF_TUPLE in str(e):
            return 'a tuple that contains itself'
        return '%s: %s' % (type(e).__name__, e)
    text = '%s %s' % (type(v).__name__, show(v))
    # Known difference (documented in lib/marshal.py): CPython builds a
    # tuple that contains itself, Pyclave raises ValueError.
    return 'a tuple that contains itself' if self_tuple else text


# compile('x = [1, 2.5]\ny = x', 'f', 'exec') as CPython 3.11 marshals it.
# Pyclave cannot build CPython code objects: every proper prefix must fail
# as in CPython (the fields are read and checked the same way); the whole
# is left out (CPython returns a code object, Pyclave raises ValueError).
CODE = (b'\xe3\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00'
        b'\x00\x00\x00\x00\xf3\x12\x00\x00\x00\x97\x00d\x00d\x01g\x02Z\x00e\x00Z\x01'
        b'd\x02S\x00)\x03\xe9\x01\x00\x00\x00g\x00\x00\x00\x00\x00\x00\x04@N)\x02'
        b'\xda\x01x\xda\x01y\xa9\x00\xf3\x00\x00\x00\x00\xda\x01f\xfa\x08<module>'
        b'r\x08\x00\x00\x00\x01\x00\x00\x00s\x17\x00\x00\x00\xf0\x03\x01\x01\x01\xd8'
        b'\x05\x06\x88\x03\x80H\x80\x01\xd8\x04\x05\x80\x01\x80\x01\x80\x01r\x06\x00'
        b'\x00\x00')


# The same from a file: load() reads one field at a time, and the
# messages for a short file differ from loads()'.
def load_outcome(data):
    f = io.BytesIO(data)
    global self_tuple
    self_tuple = False
    try:
        v = marshal.load(f)
    except Exception as e:
        if SELF_TUPLE in str(e):
            return 'a tuple that contains itself'
        return '%s: %s (at %d)' % (type(e).__name__, e, f.tell())
    if show(v) and self_tuple:
        return 'a tuple that contains itself'
    return '%s %s (at %d)' % (type(v).__name__, show(v), f.tell())

counts = {}


def case(label, data, show_hex=True):
    if risky(data):
        counts['skipped'] = counts.get('skipped', 0) + 1
        return
    counts['run'] = counts.get('run', 0) + 1
    print(label, data.hex() if show_hex else '', '->', outcome(data))
    if counts['run'] % 8 == 0:
        # Every 8th case also through load() from a file.
        print('   file:', load_outcome(data))


for bi, base in enumerate(BASES):
    print('== base', bi, outcome(base))
    for n in range(len(base)):
        case('b%d prefix %d' % (bi, n), base[:n], False)
    for pos in range(len(base)):
        seen = set()
        for m in MUTATIONS + [base[pos] ^ 0x80, (base[pos] + 1) & 0xff]:
            if m == base[pos] or m in seen:
                continue
            seen.add(m)
            data = base[:pos] + bytes([m]) + base[pos + 1:]
            case('b%d at %d=%02x' % (bi, pos, m), data, False)

# Hand-made hostile inputs.
CRAFTED = [
    b'', b'0', b'N', b'\xce', b'\xd4', b'?', b'\x80', b'\xff', b'r', b'r\x00\x00\x00\x00',
    b'\xe9\x05\x00\x00\x00', b'[\x02\x00\x00\x00\xe9\x05\x00\x00\x00r\x00\x00\x00\x00',
    b'[\x02\x00\x00\x00\xe9\x05\x00\x00\x00r\xff\xff\xff\xff',
    b'[\x02\x00\x00\x00\xe9\x05\x00\x00\x00r\x00\x00\x00\x80',
    b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00',           # list containing itself
    b'\xfb\xda\x01ar\x00\x00\x00\x000',                   # dict containing itself
    b'\xfbr\x00\x00\x00\x00N0',                           # dict as its own key
    b'\xbc\x01\x00\x00\x00r\x00\x00\x00\x00',           # set containing itself
    b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00',           # frozenset containing itself
    b'\xbe\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x01\x00\x00\x00',
    b'>\x00\x00\x00\x00', b'\xbe\x00\x00\x00\x00', b'<\x00\x00\x00\x00',
    b'<\x02\x00\x00\x00N0', b'[\x02\x00\x00\x00N0', b')\x020N', b'(\x01\x00\x00\x000',
    b'{N0', b'{NN0', b'{0', b'{', b'{N', b'{\xe9\x01\x00\x00\x00',
    b'{[\x00\x00\x00\x00N0', b'<\x01\x00\x00\x00[\x00\x00\x00\x00',
    b'<\x01\x00\x00\x00{0', b'{)\x01[\x00\x00\x00\x00N0',
    b'l\x00\x00\x00\x00', b'l\x00\x00\x00\x80', b'l\xff\xff\xff\x7f', b'l\x01\x00\x00\x80',
    b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\xff\x7f', b'l\x01\x00\x00\x00\x00\x80',
    b'l\x02\x00\x00\x00\x00\x80\x00\x00', b'l\x02\x00\x00\x00\x01\x00\x00\x00',
    b'l\xfe\xff\xff\xff\xff\x7f\xff\x7f', b'l\x03\x00\x00\x00\x01\x00\x00\x00\x01',
    b'l\x05\x00\x00\x00\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00',
    b'I\x00\x00\x00\x00\x00\x00\x00\x80', b'I\xff\xff\xff\xff\xff\xff\xff\x7f', b'I\x01',
    b's\xff\xff\xff\x7f', b's\xff\xff\xff\xff', b's\x00\x00\x00\x80', b's\x05\x00\x00\x00ab',
    b'u\xff\xff\xff\x7f', b'u\xff\xff\xff\xff', b'u\x01\x00\x00\x00\xff',
    b'u\x02\x00\x00\x00\xc3(', b'u\x03\x00\x00\x00\xed\xa0\x80', b'u\x01\x00\x00\x00\x80',
    b'u\x04\x00\x00\x00\xf4\x90\x80\x80', b'u\x02\x00\x00\x00a\xc3',
    b't\x00\x00\x00\x00', b't\x02\x00\x00\x00\xc3\xa9',
    b'a\xff\xff\xff\xff', b'a\x02\x00\x00\x00\xe9\xff', b'A\x03\x00\x00\x00abd',
    b'z', b'z\x03ab', b'z\x02\xff\xfe', b'Z\x00', b'Z\x01\x00',
    b'(\xff\xff\xff\xff', b'(\x00\x00\x00\x80', b'[\xff\xff\xff\xff', b'<\xff\xff\xff\xff',
    b'>\xff\xff\xff\xff', b')', b')\x01', b')\xff', b'(\x00\x00\x00\x00',
    b'f', b'f\x00', b'f\x01', b'f\x031e5', b'f\x04 1e5', b'f\x041_00', b'f\x041e5 ',
    b'f\x03inf', b'f\x04-inf', b'f\x08infinity', b'f\x04+nan', b'f\x03NaN', b'f\x041\x00xx',
    b'f\x04\xff\xfeab', b'f\x020x', b'f\x021.', b'f\x02.5', b'f\x01.', b'f\x031e+',
    b'f\x031e-', b'f\x041e-5', b'f\x05nanxy', b'f\x04infx', b'f\x0512e34', b'f\x05+.5E1',
    b'f\x05-1e999', b'f\x061e-999', b'f\x02--', b'f\x02+-', b'f\x01\x00', b'f\x03\xd9\xa01',
    b'x\x011\x012', b'x\x011', b'x\x011\x01', b'x\x011\x05', b'x\x01z\x011',
    b'g\x00\x00\x00', b'g\x00\x00\x00\x00\x00\x00\xf0\x7f', b'y\x00\x00\x00\x00\x00\x00\xf0?',
    b'S', b'.', b'T', b'F', b'\xd3', b'\xae', b'\xe9\x01\x00\x00\x00trailing',
    b'\xa9\x03\xce\xe9\x01\x00\x00\x00r\x00\x00\x00\x00',
    b'\xa9\x02\xa9\x00r\x01\x00\x00\x00',
]
for n in range(len(CODE)):
    print('code prefix', n, '->', outcome(CODE[:n]))
    if n % 5 == 0:
        print('   file:', load_outcome(CODE[:n]))

for i, data in enumerate(CRAFTED):
    case('crafted %d' % i, data)

nfile = 0
for bi, base in enumerate(BASES):
    for n in range(len(base) + 1):
        data = base[:n]
        if not risky(data):
            nfile += 1
            print('file b%d prefix %d ->' % (bi, n), load_outcome(data + b'tail'[:0]))
for i, data in enumerate(CRAFTED):
    if not risky(data):
        nfile += 1
        print('file crafted %d ->' % i, load_outcome(data))

print('cases', counts, 'file cases', nfile)
