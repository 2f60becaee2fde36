# f-strings: conversions, format specs (nested), self-documenting expressions.
name = 'world'
width = 10
value = 3.14159
print(f'hello {name}!')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'[{name:>{width}}] [{name:<{width}}] [{name:^{width}}]')
print(f'{value:.2f} {value:{width}.{3}} {value=} {value = :.1f}')
print(f'{1 + 2} {[1, 2][0]} {"nested " + f"{name}"}')
print(f'{{literal braces}} {name}{{}}')
print(f'{3:03d}|{255:x}|{255:#X}|{1234567:,}|{0.5:%}')
d = {'k': 'v'}
print(f"{d['k']} {len(d)}")
print(f'')
print(f'{name}')
parts = [f'{i}' for i in range(3)]
print(parts, ''.join(f'{c}-' for c in 'ab'))
print(f'{"multi"}' f'{"ple"}' 'plain' f'{1}')
many = 1
print(f'{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}{many}')
class Fmt:
    def __format__(self, spec):
        return 'Fmt(%s)' % spec
    def __repr__(self):
        return 'R'
    def __str__(self):
        return 'S'
print(f'{Fmt():xyz} {Fmt()!r} {Fmt()!s} {Fmt()}')
