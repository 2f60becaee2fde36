S = r'''
match 5:
    case int(a, b): pass
###
match {'a': 1, 'b': 2, 'c': 3}:
    case {'b': x, **rest}:
        print(x, rest, type(rest).__name__)
###
from collections import OrderedDict, defaultdict
for m in [OrderedDict(a=1), defaultdict(int, a=2), {'a': 3}]:
    match m:
        case {'a': v}: print(type(m).__name__, v)
###
dd = __import__('collections').defaultdict(list)
match dd:
    case {'missing': _}: print('matched missing')
    case _: print('no default factory used', dict(dd))
###
x = 'unchanged'
match [1, 2]:
    case [x, 3]: pass
    case _: pass
print(x)
###
def side(v):
    print('guard', v)
    return v > 1
for v in [1, 2]:
    match v:
        case n if side(n): print('guarded', n)
        case n: print('fallback', n)
###
match (1, 2, 3, 4):
    case (1, *_, 4) as whole: print('whole', whole)
###
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]: print(a + b + c + d)
###
class P:
    __match_args__ = ('a', 'b')
    def __init__(self): self.a = 1
match P():
    case P(a, b): print('bad')
    case P(a): print('only a', a)
###
match 'hello':
    case str(x) if len(x) > 3: print('long str', x)
###
match 1.0:
    case 1: print('1.0 matches 1')
match True:
    case 1: print('True matches 1')
match 1:
    case True: print('1 matches True')
    case _: print('1 does not match True')
###
match None:
    case None: print('None literal')
match 0:
    case False: print('0 matches False?')
    case _: print('0 not False')
###
match [1, 2, 3]:
    case [1, 2] | [1, 2, 3]: print('or seq')
###
match {'type': 'circle', 'r': 2}:
    case {'type': 'square', 'side': s}: print('square')
    case {'type': 'circle', 'r': r}: print('circle', r)
###
import collections
Pt = collections.namedtuple('Pt', 'x y')
match Pt(1, 2):
    case Pt(x, y): print('namedtuple', x, y)
match Pt(1, 2):
    case (a, b): print('as seq', a, b)
###
match b'ab':
    case [97, 98]: print('bytes as seq')
    case _: print('bytes not seq')
match bytearray(b'a'):
    case [97]: print('bytearray as seq')
    case _: print('bytearray not seq')
###
match range(3):
    case [0, 1, 2]: print('range seq')
###
import array
'''
S = S.replace('###\nimport array\n', '')
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
