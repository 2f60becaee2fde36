# Hostile input to loads(): truncated pickles, single-byte corruptions and
# random bytes must only raise Python exceptions (CPython's types/messages).
import pickle


class C:
    def __init__(self):
        self.a = [1, 'x', (2.5, b'y')]


sample = {'k': [1, 2**70, -3, 'é', b'b', (None, True)], 's': {1, 2}, 'f': frozenset([3]), 'c': C(), 'n': 1.5}


def outcome(data):
    try:
        v = pickle.loads(data)
    except RecursionError:
        return 'RecursionError'
    except MemoryError:
        return 'MemoryError'
    except Exception as e:
        msg = str(e)
        if ' on <module' in msg:
            # The module's repr says 'built-in' or 'frozen': a detail.
            msg = msg[:msg.index(' on <module')]
        return '%s: %s' % (type(e).__name__, msg)
    return 'ok ' + ('callable' if callable(v) else type(v).__name__)


for proto in range(6):
    data = pickle.dumps(sample, proto)
    seen = {}
    for i in range(len(data)):
        r = outcome(data[:i])
        seen[r] = seen.get(r, 0) + 1
    print('truncated', proto, len(data), sorted(seen.items()))

# Every single-byte corruption of a small protocol 2 and 4 pickle.
for proto in (0, 2, 4):
    data = pickle.dumps([1, 'ab', (None, 2.0), {'x': 'z'}, 2**40], proto)
    for i in range(len(data)):
        for b in (0x00, 0x28, 0x2e, 0x71, 0x80, 0x94, 0xff):
            mutated = data[:i] + bytes((b,)) + data[i + 1:]
            print(proto, i, b, outcome(mutated))

# Random bytes from a fixed linear congruential generator.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 16) % n


counts = {}
for trial in range(3000):
    n = rnd(24) + 1
    data = bytes(rnd(256) for _ in range(n))
    if trial % 2:
        data = b'\x80\x04' + data
    if b'\x96' in data or b'\x98' in data:
        # CPython 3.11 itself prints a SystemError on failed bytearrays.
        continue
    r = outcome(data)
    counts[r] = counts.get(r, 0) + 1
for k, v in sorted(counts.items()):
    print(v, k)
