x, y = 10, 'abc'
w, p = 8, 3
print(f'{x!r:>{w}}|{3.14159:.{p}f}|{y!s:^{w}}|{y!a}')
print(f'{x=}', f'{y=!s}', f'{x = }', f'{x=:>5}', f'{y=!r:10}|', f'{1+2=}')
print(f'{"nested " + f"{x}"}', f'{ {"a": 1}["a"] }', f'{[1, 2][0]}')
print(f'{{literal}}', f'{{{x}}}', f'}}{{')
print(f'{x:#x} {x:#o} {x:#b} {x:08.3f} {-x:+d} {x:,} {10**6:_}')
print(f'{"é"!a}', f'{y:.2}')
print(f'{3:{"<"}{5}}|')
d = {'k': 'v'}
print(f"{d['k']}", f'{d["k"]}')
print(f'{x if x > 5 else y}', f'{(lambda: 7)()}', f'{(z := 5)}', z)
print(f'{2.5:{w}.{p}}', f'{"s":{"^"}{w}}')
print(f'''{x
}''', f'{x:}', f'{y!r:}')
class F:
    def __format__(self, spec): return 'F:' + spec
    def __repr__(self): return 'Frepr'
    def __str__(self): return 'Fstr'
print(f'{F()}', f'{F():abc}', f'{F()!r}', f'{F()!s}', f'{F()!r:>8}', f'{F()=}', f'{F()=:z}')
print(f'{1}{2}{3}', f'' == '', type(f'{x}').__name__)
print(f'{x:{"" if True else "d"}}')
print(F'{x}', rf'\n{x}', fr'{y}\t')
print(f'{"a" "b"}', f'{x:>{w}}{y:<{w}}|')
print(f'{-0.0:+.1f}', f'{1e20:g}', f'{float("inf"):f}', f'{12345.678:,.2f}', f'{0.5:%}')
print(f'{"x":*^9}', f'{42:=+8}', f'{-42:=8}', f'{True}', f'{None!r}')
for bad in ['f"{x!z}"', 'f"{}"', 'f"{x"', 'f"}"', 'f"{x!}"', 'f"{!r}"']:
    try:
        eval(bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
try:
    f'{x:zz}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{y:d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{None:>5}'
except TypeError as e:
    print(type(e).__name__, e)
print(f'{"multi"}' f'{x}' 'plain' f'{y}')
print(f'{x!r}' * 2, f'{x:{w}}'.strip())
width = 5
print(f'{"hi":{width}}|{"hi":>{width}}|{"hi":^{width}}|')
print(f'{3.0:.0f}', f'{2.5:.0f}', f'{1234:e}', f'{0.000123:g}', f'{123456789:g}')
