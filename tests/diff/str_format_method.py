# str.format, str.format_map, format() of str and f-strings.
def t(fmt, *a, **k):
    try:
        r = fmt.format(*a, **k)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
    else:
        print(repr(fmt), repr(r))

t('{} {}', 1, 2); t('{1} {0}', 'a', 'b'); t('{0!r} {0!s} {0!a}', 'é'); t('{{}} {}', 1); t('}}{{')
t('{:>5}|{:<5}|{:^5}', 'a', 'b', 'c'); t('{0[1]}', ['x', 'y']); t('{} {1}', 1, 2); t('{1} {}', 1, 2)
t('{'); t('}'); t('{0'); t('{0}'); t('{!x}', 1); t('{0.}', 1); t('{0[}', 1); t('{:{}}', 'a', 5)
t('{:{}{}}', 'a', '>', 4); t('{:{:{}}}', 'a', 1, 2); t('{0[0]x}', ['a']); t('{a}'); t('{0!}', 1)
t('{0!rx}', 1); t('x{}y{}z', '日', ''); t('{:%}', 'a'); t('{:d}', 'a'); t('{0:}', 'q'); t('{00}', 'z')
t('{0[a]}', {'a': 5}); t('{a[0]}', a='xy'); t('{a.real}', a=3); t('{0.real} {0.imag}', 5); t('{.real}', 4)
t('{[0]}', 'q'); t('{0[0][1]}', [['a', 'b']]); t('{0[-1]}', {'-1': 'neg'}); t('{0[1]}', 'xyz')
t('{0[10]}', 'xyz'); t('{0.nope}', 1); t('{0[0].upper.__name__}', ['a']); t('{0]}', 1); t('{0[0]]}', ['a'])
t('{0.a[0]}', 1); t('{x}{y}', x=1, y='2'); t('{x!r:>6}', x='é'); t('{0!s:^9}', 'mid'); t('{!a}', '日')
t('{:*^10}', 'hi'); t('{:.2}', 'hello'); t('{:10.3}|', 'hello'); t('{:<}', 'x'); t('{:=5}', 'x')
t('{:+}', 'x'); t('{:#}', 'x'); t('{:05}', 'x'); t('{:,}', 'x'); t('{:x<3}', '日'); t('{:s}', 'str')
t('{0:{1}}', 'x', '>3'); t('{0:{a}}', 'x', a='^5'); t('{:{}}', 'x', '{}'); t('{0!r:{1}}', 'x', 8)
t('{:}', 'empty spec'); t('{!r}', 'r'); t('{0}{1}{0}', 'a', 'b'); t('{2}', 1, 2); t('{-1}', 1)
t('{99999999999999999999}', 1); t('{0:{1:{2}}}', 'a', 'b', 'c'); t('{:{{}}}', 'a'); t('{ }', 1)
t('{0 }', 1); t('{!}', 1); t('{:', 1); t('{!r', 1); t('{0!r:', 1); t('{0:x', 1); t('{a', a=1)
t('{0!rr}', 1); t('{0!\u00e9}', 1); t('{0!\x01}', 1); t('{0:\u00e9^5}', 'x'); t('{0:{1}', 'x', 2)
t('{{{0}}}', 'x'); t('{{0}}'); t('{}{}', 1); t('{} {}', 1, 2, 3); t('{0}', x=1)
t('{:d}', 42); t('{:5d}|{:<5d}|', 1, 2); t('{:x} {:o} {:b}', 255, 8, 5); t('{:.3f}', 3.14159); t('{:e}', 1e10)
t('{:,}', 1234567); t('{:>8.2%}', 0.5); t('{0:{1}d}', 5, 4); t('{}', None); t('{}', [1, 'a']); t('{!r}', None)

class P:
    def __format__(self, spec): return 'P<' + spec + '>'
class B:
    def __format__(self, spec): return 5
t('{}', P()); t('{:abc}', P()); t('{:{}x}', P(), 3); t('{!r}', P().__class__.__name__); t('{}', B())
class G:
    def __getitem__(self, k): return 'G[%r]' % (k,)
    x = 'attr'
t('{0[5]} {0[k]} {0.x}', G()); t('{0[05]}', G()); t('{0[ a b ]}', G())

def m(fmt, mapping):
    try:
        r = fmt.format_map(mapping)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
    else:
        print(repr(fmt), repr(r))
m('{a}{b[0]}', {'a': 1, 'b': 'xy'}); m('{0}', {}); m('{x}', {}); m('{}', {}); m('plain', 5); m('{a}', 5)
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
m('{a} {b}', D(a=1)); m('{a.real}', {'a': 2})
try:
    'x'.format_map()
except TypeError as e:
    print(e)
try:
    'x'.format_map({}, {})
except TypeError as e:
    print(e)

for spec in ['', '5', '<5', '>5', '^6', '*^7', '.2', '8.3', 's', '=5', '+', 'd', '05', ',', 'x^3', '\u00e9>4']:
    try:
        print(repr(spec), repr(format('héllo', spec)), repr('ab'.__format__(spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
try:
    'a'.__format__(1)
except TypeError as e:
    print(e)
x, y, w = 'ab', 3.14159, 8
print(f'{x}', f'{x!r}', f'{x:>5}', f'{y:.2f}', f'{x}{y}', f'{x:{w}}|', f'{{}}', f'{x!a:^{w}}', f'{"é"!a}')
print(f'{x=}', f'{y = :.1f}', f'{3+4}', f'{x*2}', f"{'q'}", f'{[1, 2]}', f'{x!s:}')
