class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class P3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def m(v):
    match v:
        case 0 | 1 | 2 as small:
            return f'small {small}'
        case True:
            return 'True?'
        case None:
            return 'none'
        case 'str' | b'bytes':
            return 'literal str/bytes'
        case -1.5:
            return 'neg float'
        case 1+2j:
            return 'complex'
        case [] :
            return 'empty seq'
        case [x]:
            return f'one {x}'
        case [1, *rest]:
            return f'starts 1 rest {rest}'
        case [_, _, *_, last]:
            return f'last {last}'
        case {'k': 1, **rest}:
            return f'mapping k rest {rest}'
        case {'a': [x, y]} if x < y:
            return f'guarded {x} {y}'
        case {'a': _}:
            return 'a any'
        case Point(x=0, y=0):
            return 'origin'
        case P3(1, 2, z):
            return f'p3 z={z}'
        case Point(x, y) if x == y:
            return f'diag {x}'
        case Point(x, y=5):
            return f'point x={x} y5'
        case int(n) if n > 100:
            return f'big int {n}'
        case str() as s:
            return f'str {s!r}'
        case float(f):
            return f'float {f}'
        case (a, b):
            return f'pair {a} {b}'
        case _:
            return 'default'
tests = [0, 2, True, False, None, 'str', b'bytes', -1.5, 1+2j, [], [9], (9,), [1, 2, 3], [5, 6, 7, 8],
         {'k': 1, 'z': 2}, {'a': [1, 2]}, {'a': [2, 1]}, {'a': 3}, Point(0, 0), P3(1, 2, 3), Point(4, 4),
         Point(7, 5), 500, 50, 'other', 2.5, (1, 'x'), {1, 2}, 'ab', range(2), iter([])]
for t in tests:
    print(repr(t) if not isinstance(t, (Point, type(iter([])))) else type(t).__name__, '->', m(t))

# value patterns with dotted names
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class K:
    CONST = 'c'
def val(v):
    match v:
        case Color.RED: return 'red'
        case K.CONST: return 'const'
        case _: return 'other'
print(val(Color.RED), val(Color.GREEN), val('c'), val(1))

# errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadMA:
    __match_args__ = 'a'
try:
    match BadMA():
        case BadMA(x): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
# builtin self-matching classes
for v in [5, 'x', b'y', 1.0, [1], (1,), {1: 2}, {3}, frozenset(), True, bytearray(b'z')]:
    match v:
        case bool(b): r = f'bool {b}'
        case int(i): r = f'int {i}'
        case str(s): r = f'str {s}'
        case bytes(b): r = f'bytes {b}'
        case float(f): r = f'float {f}'
        case list(l): r = f'list {l}'
        case tuple(t): r = f'tuple {t}'
        case dict(d): r = f'dict {d}'
        case set(s): r = f'set {s}'
        case frozenset(s): r = f'fs {s}'
        case bytearray(b): r = f'ba {b}'
    print(r)
# mapping pattern uses get, not __getitem__ with missing
class DD(dict):
    def __missing__(self, k): return 'missing'
match DD(a=1):
    case {'b': x}: print('matched b', x)
    case {'a': x}: print('matched a', x)
# match on str is not sequence
match 'abc':
    case [a, b, c]: print('seq')
    case _: print('str not seq')
# star capture types
match (1, 2, 3):
    case (first, *mid, last): print(first, mid, last, type(mid).__name__)
# subject evaluated once
def subj():
    print('eval subject')
    return 3
match subj():
    case 1: pass
    case 3: print('three')
