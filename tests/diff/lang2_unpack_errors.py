def t(src, n):
    try:
        exec(src, {'v': n})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t('a, b = v', [1, 2, 3])
t('a, b = v', [1])
t('a, b, c = v', (1, 2))
t('a, b = v', 5)
t('a, b = v', None)
t('a, *b = v', [])
t('a, *b, c = v', [1])
t('*a, b, c, d = v', (1, 2))
t('a, b = v', iter([1, 2, 3]))
t('a, b = v', 'abc')
t('a, b = v', {'x': 1})
t('[a, [b, c]] = v', [1, [2]])
t('a, = v', [])
t('a, = v', [1, 2])
t('(a, b), c = v', [1, 2])
t('for a, b in v: pass', [(1, 2), (3,)])
t('a, b = v', range(10**6))
def gen():
    yield 1
    yield 2
    yield 3
a, *b = gen()
print(a, b)
*a, b = 'xyz'
print(a, b)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
[a, b] = 'hi'
print(a, b)
(a, b), (c, d) = 'ab', 'cd'
print(a, b, c, d)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
a = b = c = [1]
print(a is b is c)
a, b = b, a = 1, 2
print(a, b)
first, *_ = range(5)
print(first, _)
print(*[1, 2], *'ab', *{'k': 1})
print([*range(3), *[4]], (*'ab',), {*'aa', *'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**None}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
class OnlyLen:
    def __len__(self): return 2
try:
    a, b = OnlyLen()
except TypeError as e:
    print(type(e).__name__, e)
# star in middle with exact
a, *b, c = [1, 2]
print(a, b, c)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
