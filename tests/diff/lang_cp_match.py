# match statements: every pattern kind.
class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(obj):
    match obj:
        case 0 | 1 | 2:
            return 'small int'
        case -1:
            return 'minus one'
        case 1.5 | 2j:
            return 'number literal'
        case None:
            return 'none'
        case True:
            return 'true'
        case 'hello' | b'bytes':
            return 'literal str/bytes'
        case []:
            return 'empty seq'
        case [x]:
            return 'one: %r' % (x,)
        case [1, *rest] if rest:
            return 'starts with 1, rest %r' % (rest,)
        case [first, *_, last]:
            return 'first %r last %r' % (first, last)
        case {'type': 'point', 'x': px, **others}:
            return 'mapping point %r %r' % (px, others)
        case {}:
            return 'some mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return 'on y axis at %r' % y
        case Point(x, y) as pt if x == y:
            return 'diagonal %r' % pt.x
        case Point():
            return 'some point'
        case str() as s:
            return 'string %r' % s
        case int(n) | float(n):
            return 'number %r' % n
        case (a, (b, c)):
            return 'nested %r %r %r' % (a, b, c)
        case _:
            return 'other'


for v in [0, 2, -1, 1.5, 2j, None, True, 'hello', b'bytes', [], [7], [1, 2, 3], [1], [5, 6, 7],
          {'type': 'point', 'x': 1, 'z': 2}, {'a': 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2),
          'abc', 42, 4.5, (1, (2, 3)), object]:
    print(repr(v) if not isinstance(v, (Point, type)) else type(v).__name__, '->', describe(v))


def capture(cmd):
    match cmd.split():
        case ['go', direction]:
            return 'going ' + direction
        case ['pick', 'up', item] | ['take', item]:
            return 'taking ' + item
        case ['drop', *items]:
            return 'dropping %s' % items
        case _:
            return 'unknown'


for cmd in ['go north', 'pick up sword', 'take shield', 'drop a b c', 'dance']:
    print(capture(cmd))


def guard(x):
    match x:
        case n if n > 10:
            return 'big'
        case n:
            return 'not big %d' % n


print(guard(20), guard(3))
match 5:
    case 4:
        print('no')
print('no match falls through')


def mapping_rest(m):
    match m:
        case {'a': 1, **rest}:
            return rest
    return None


print(mapping_rest({'a': 1, 'b': 2, 'c': 3}), mapping_rest({'a': 2}))


def or_capture(v):
    match v:
        case [x, 1] | [1, x]:
            return x
        case {'k': x} | Point(x, 0):
            return x
    return 'none'


print(or_capture([5, 1]), or_capture([1, 6]), or_capture({'k': 7}), or_capture(Point(8, 0)), or_capture(3))


class Color:
    RED = 'red'
    GREEN = 'green'


def dotted(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
    return 'no color'


print(dotted('red'), dotted('green'), dotted('blue'))
match (1, 2):
    case (1, y) as whole:
        print('tuple match', y, whole)
match 'xyz':
    case [*_]:
        print('str is not a sequence pattern')
    case _:
        print('str is not a sequence')
