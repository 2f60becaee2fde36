S = r'''
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print('eq', self.n, getattr(o, 'n', o))
        return NotImplemented
    __hash__ = object.__hash__
a, b = E('a'), E('b')
print(a in [b])
print([a].count(b), [a, b].index(b))
print((a,) == (b,))
print({a: 1}.get(b))
###
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('add', self.v, o if isinstance(o, int) else o.v)
        return N(self.v + (o if isinstance(o, int) else o.v))
    def __radd__(self, o):
        print('radd', o)
        return N(o + self.v)
print(sum([N(1), N(2)]).v, sum([N(1)], N(10)).v)
###
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f'C{self.v}'
print(sorted([C(2), C(1), C(3)]))
print(max([C(2), C(1)]), min([C(2), C(1)]))
###
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print('gt', self.v, o.v)
        return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([G(2), G(1)]))
###
class H:
    def __hash__(self):
        print('hash called')
        return 1
h = H()
d = {h: 1}
print(d[h], h in d, h in {h}, {h} == {h})
###
class I:
    def __index__(self):
        print('index called')
        return 1
print([1, 2][I()], 'ab'[I()], range(3)[I()], (1, 2)[I():], bin(I()))
###
class B:
    def __bool__(self):
        print('bool called')
        return False
b = B()
print(not b, (b and 1) is b, b or 2, [x for x in [b] if x], all([b]), any([b]), 1 if b else 0)
while b:
    pass
print(filter(None, [b]).__next__ if False else list(filter(None, [b, 1])))
###
class L:
    def __len__(self):
        print('len called')
        return 0
print(bool(L()), len(L()), not L())
###
class It:
    def __iter__(self):
        print('iter called')
        return iter([1, 2])
a, b = It()
print(a, b, [*It()], list(It()), tuple(It()), set(It()) == {1, 2}, dict.fromkeys(It()))
###
class S:
    def __str__(self):
        print('str called')
        return 's'
    def __format__(self, spec):
        print('format called', repr(spec))
        return 'f'
print(f'{S()}', f'{S()!s}', str(S()), '%s' % S(), '{}'.format(S()), format(S(), 'x'))
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
