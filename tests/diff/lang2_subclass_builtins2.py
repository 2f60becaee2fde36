S = r'''
class I(int):
    def __str__(self): return 'I-str'
    def __repr__(self): return 'I-repr'
i = I(5)
print(f'{i}', format(i), format(i, 'd'), '%d' % i, '%s' % i, '%r' % i, str(i), '{}'.format(i), [i], '%x' % i)
###
class F(float):
    def __str__(self): return 'F-str'
    def __repr__(self): return 'F-repr'
f = F(1.5)
print(f'{f}', format(f), format(f, '.1f'), '%s' % f, '%f' % f, str(f), [f])
###
class I(int):
    def __index__(self): return 99
    def __int__(self): return 77
i = I(1)
print([10, 20][i], int(i), hex(i), range(5)[i], i + 1, '%d' % i, bin(i))
###
class F(float):
    def __float__(self): return 9.5
    def __int__(self): return 3
f = F(1.5)
print(float(f), int(f), f + 1, round(f), str(f))
###
class L(list):
    def __getitem__(self, i):
        return 'gi'
    def __contains__(self, x): return 'yes'
    def __add__(self, o): return 'add'
    def __eq__(self, o): return 'eq'
l = L([1, 2])
print(l[0], l[0:1], 5 in l, l + [1], [1] + l, l == [1, 2], [1, 2] == l, list(l), [x for x in l])
###
class T(tuple):
    def __eq__(self, o): return True
    def __hash__(self): return hash(())
t = T((1, 2))
print(t == (), {(): 'empty'}.get(t), t in {()}, (1, 2) == t, [t].count(()), [()].index(t))
###
class S(str):
    def __eq__(self, o): return True
    def __hash__(self): return hash('key')
    def __contains__(self, x): return False
    def __getitem__(self, i): return 'Z'
s = S('abc')
print({'key': 1}[s], 'b' in s, s[0], s.upper(), s.find('b'), list(s), s.replace('a', 'x'), s + 'd', s.split('b'))
###
class E(Exception):
    def __str__(self): return 'E-str'
    def __repr__(self): return 'E-repr'
e = E('arg')
print(str(e), repr(e), f'{e}', '%s' % e, [e], e.args)
###
class D(dict):
    def __contains__(self, k): return True
    def __len__(self): return 0
    def __getitem__(self, k): return 'gi'
    def get(self, k, d=None): return 'get'
d = D(a=1)
print('zz' in d, len(d), bool(d), d['a'], d.get('a'), list(d.items()), d.setdefault('a', 5), d.pop('a'), dict(d))
###
class B(bytes):
    def __str__(self): return 'B-str'
    def decode(self, *a): return 'decoded'
b = B(b'hi')
print(str(b), b.decode(), b + b'!', b[0], f'{b}', len(b))
###
class St(set):
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): return 42
s = St({9})
print(list(s), len(s), sorted(s), s | {5}, {9} == s, 9 in s, set(s))
###
class I(int):
    def __eq__(self, o): return 'custom eq'
    def __lt__(self, o): return 'custom lt'
    __hash__ = int.__hash__
i = I(3)
print(i == 3, 3 == i, i < 5, 5 > i, sorted([I(2), I(1)]) if False else '', max(I(2), 1), {i: 1}[3], [3].index(i))
###
class I(int): pass
print(type(I(3) + I(4)).__name__, type(-I(3)).__name__, type(I(3) // 2).__name__, type(abs(I(-3))).__name__, type(+I(3)).__name__, type(I(3) << 1).__name__, type(round(I(3))).__name__, type(int(I(3))).__name__)
###
class S(str): pass
s = S('ab')
print(type(s + 'c').__name__, type(s * 2).__name__, type(s.upper()).__name__, type(s[0]).__name__, type(s[:]).__name__, type(str(s)).__name__, type(s.strip()).__name__, type(''.join([s])).__name__, type(f'{s}').__name__, type('%s' % s).__name__)
###
class L(list): pass
l = L([1, 2])
print(type(l + [3]).__name__, type(l * 2).__name__, type(l[:]).__name__, type(l.copy()).__name__, type(list(l)).__name__, type(sorted(l)).__name__, type(l.__class__(l)).__name__)
###
class T(tuple): pass
t = T((1, 2))
print(type(t + (3,)).__name__, type(t[:]).__name__, type(t * 1).__name__, type(tuple(t)).__name__, t[:] is t, tuple(t) is t)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
