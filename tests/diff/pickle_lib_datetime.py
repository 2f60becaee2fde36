# Pickling of datetime objects: CPython's C reductions carry bytes states;
# the dumps must be byte-identical for every protocol, loads must accept
# CPython's pickles (including Python 2 ones read with encoding='latin1').
import pickle, copy, datetime as dt

UTC = dt.timezone.utc
east = dt.timezone(dt.timedelta(hours=5, minutes=30), 'IST')
west = dt.timezone(-dt.timedelta(hours=8))
values = [
    dt.date(2020, 1, 2), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1970, 7, 31),
    dt.time(), dt.time(1, 2, 3, 4), dt.time(23, 59, 59, 999999), dt.time(12, tzinfo=UTC),
    dt.time(5, 6, 7, 8, tzinfo=east), dt.time(1, 2, fold=1), dt.time(0, 0, 0, 65536 + 256 + 1),
    dt.datetime(2020, 1, 2, 3, 4, 5, 6), dt.datetime(2020, 1, 2, tzinfo=UTC),
    dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=west),
    dt.datetime(2021, 11, 7, 1, 30, fold=1), dt.datetime(2000, 12, 1, 10, 20, 30, 123456, east),
    dt.timedelta(1, 2, 3), dt.timedelta(-1), dt.timedelta(microseconds=-1), dt.timedelta.max,
    UTC, east, west, dt.timezone(dt.timedelta(0), 'Z'),
]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, repr(v), data)
        print('   ->', repr(back), back == v, type(back).__name__,
              getattr(back, 'fold', None), getattr(back, 'tzinfo', None))
    print('  copy', repr(copy.copy(v)), repr(copy.deepcopy(v)))
    print('  reduce', v.__reduce__())
    print('  reduce_ex', [v.__reduce_ex__(p) for p in (0, 2, 3, 4)])

# A datetime in a container shares its tzinfo through the memo.
pair = [dt.datetime(2020, 5, 6, tzinfo=east), dt.time(7, tzinfo=east)]
for proto in range(6):
    data = pickle.dumps(pair, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0].tzinfo is back[1].tzinfo)

# The pickled state accepted by the constructors.
print(repr(dt.date(b'\x07\xe4\x01\x02')))
print(repr(dt.time(b'\x81\x02\x03\x00\x00\x04')), dt.time(b'\x81\x02\x03\x00\x00\x04').fold)
print(repr(dt.time(b'\x01\x02\x03\x00\x00\x04', UTC)))
print(repr(dt.datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06')))
print(repr(dt.datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', east)))
print(repr(dt.date('\x07\xe4\x01\x02')), repr(dt.datetime('\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06')))
for make in [lambda: dt.date('\u0100\xe4\x01\x02'),
             lambda: dt.datetime('\u0100\xe4\x01\x02\x03\x04\x05\x00\x00\x06'),
             lambda: dt.time('\x01\u0102\x03\x00\x00\x04'),
             lambda: dt.time(b'\x01\x02\x03\x00\x00\x04', 5),
             lambda: dt.datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', 'x')]:
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__, e)

# Pickles made by CPython (protocols 0, 2, 4, and a Python 2 one).
cpython = [
    b'cdatetime\ndate\np0\n(c_codecs\nencode\np1\n(V\x07\xe4\x01\x02\np2\nVlatin1\np3\ntp4\nRp5\ntp6\nRp7\n.',
    b'\x80\x02cdatetime\ndatetime\nq\x00c_codecs\nencode\nq\x01X\x0b\x00\x00\x00\x07\xc3\xa4\x01\x02\x03\x04\x05\x00\x00\x06q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.',
    b'\x80\x04\x95*\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x08datetime\x94\x93\x94C\n\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06\x94\x85\x94R\x94.',
    b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04time\x94\x93\x94C\x06\x81\x02\x03\x00\x00\x04\x94\x85\x94R\x94.',
    # Python 2: a str state
    b"cdatetime\ndatetime\np0\n(S'\\x07\\xe4\\x01\\x02\\x03\\x04\\x05\\x00\\x00\\x06'\np1\ntp2\nRp3\n.",
    b"cdatetime\ndate\np0\n(S'\\x07\\xe4\\x0c\\x1f'\np1\ntp2\nRp3\n.",
]
for data in cpython:
    try:
        v = pickle.loads(data, encoding='latin1')
        print(repr(v), getattr(v, 'fold', None))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads(cpython[4])
except Exception as e:
    print(type(e).__name__, e)

# Subclasses keep their class.
class MyDate(dt.date):
    pass
class MyDT(dt.datetime):
    pass
for v in [MyDate(2001, 2, 3), MyDT(2001, 2, 3, 4, 5, tzinfo=UTC)]:
    for proto in (0, 2, 4):
        back = pickle.loads(pickle.dumps(v, proto))
        print(type(back).__name__, repr(back), back == v)
