import string, numbers, reprlib
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(' hello   wORLD  foo '), string.capwords('a-b-c', '-'), string.capwords(''))
t = Template('$who likes ${what}; cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
for bad in [lambda: t.substitute(who='x'), lambda: Template('$').substitute(),
            lambda: Template('ok\n  $1').substitute(), lambda: Template('${x').substitute(x=1)]:
    try:
        print(bad())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('$bad ${ok}').safe_substitute(ok=1), Template('x $ y').is_valid(), Template('$a$b').substitute(a=1, b=[2]))
class Pct(Template):
    delimiter = '%'
print(Pct('%name is %% %{name}x').substitute(name='N'))
f = Formatter()
print(f.format('{0} {1!r} {x:>5}|{y[1]}|{0.real}', 3, 'a', x='r', y=[7, 8]), f.format('{} {}', 1, 2))
print(list(f.parse('a{0}b{1:x}c{{d}}{2!r:>3}')), list(f.parse('')), f.format('{:{w}}|', 'z', w=4))
for bad in ['{', '}', '{0', '{} {0}']:
    try:
        print(f.format(bad, 1, 2))
    except ValueError as e:
        print('ValueError', e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format('{} and {n}', 'abc', n='xyz'))

vals = [1, True, 1.5, 2j, 'x', None]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [isinstance(v, cls) for v in vals])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), sorted(numbers.Integral.__abstractmethods__)[:4])

r = reprlib.Repr()
print(reprlib.repr(list(range(20))), reprlib.repr('a' * 50), reprlib.repr(2 ** 200), reprlib.repr(tuple(range(10))))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(frozenset()), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]))
r.maxlist = 2; r.maxstring = 10; print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr([]), r.repr({}))
class Node:
    def __init__(self): self.kids = [self]
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return 'Node(%r)' % (self.kids,)
print(Node(), Node.__repr__.__name__)
