# match statements: nested, guarded, or-patterns with captures, mappings with rest.
class P:
    __match_args__ = ('a',)
    def __init__(self, a, b=0):
        self.a, self.b = a, b
def m(x):
    match x:
        case P(1, b=2):
            return 'p12'
        case P(a=[1, *r]) if r:
            return 'plist %r' % r
        case {'k': [a, b], **rest} if not rest:
            return 'kab %r %r' % (a, b)
        case {'k': _, 'j': (1 | 2) as j}:
            return 'kj %r' % j
        case [[1, 2], [3, *_], *tail]:
            return 'nested %r' % tail
        case (1 | 2 | 3) as small if small > 1:
            return 'small %d' % small
        case str(s) if len(s) > 2:
            return 'longstr'
        case bytes() | bytearray():
            return 'bytesy'
        case float(f) | complex(f):
            return 'num %r' % f
        case {**rest}:
            return 'anymap %r' % rest
        case _:
            return 'other'
for v in [P(1, 2), P([1, 2, 3]), P([1]), {'k': [1, 2]}, {'k': [1, 2], 'z': 0}, {'k': 0, 'j': 2}, [[1, 2], [3], 4, 5],
          3, 1, 'abcd', 'ab', b'x', bytearray(b'y'), 1.5, 2j, {}, {'q': 1}, None, (1, 2)]:
    print(m(v))
try:
    match P(1):
        case P(1, 2):
            pass
except TypeError as e:
    print(e)
x = 5
match x:
    case 1 if (y := 10):
        pass
    case n if (y := n * 2):
        print('y', y)
