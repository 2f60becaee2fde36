from itertools import *

print(list(islice(count(5), 3)), list(islice(count(1, 2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(5); next(c); print(c, count(5, 2), count(1.5), count(0, 1.0))
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(repeat(7, 3)), repeat(1), repeat('a', 3), list(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain('ab', [1], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('aaabbca')], [k for k, g in groupby([1, 1, 2])])
print([(k, len(list(g))) for k, g in groupby(['ab', 'cd', 'e', 'fg'], key=len)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice('abc', None)))
print(list(pairwise('abcd')), list(pairwise('a')), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3])); print(next(a), list(a), list(b), len(tee('x', 3)), tee('x', 0))
print(list(zip_longest('abc', 'x', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [2, 3])))
print(list(product('ab', [0, 1])), list(product('ab', repeat=2)), list(product()), list(product('a', [])))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('a', 2)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)))
errs = [lambda: islice('abc', -1), lambda: islice('abc', 1, 'a'), lambda: islice('abc', -1, 2),
        lambda: islice('abc', 0, 2, 0), lambda: islice('abc'), lambda: islice(3, 1), lambda: count('a'),
        lambda: product([1], repeat=-1), lambda: combinations('a', -1), lambda: permutations('a', -1),
        lambda: tee([], -1), lambda: list(chain(1)), lambda: accumulate(1), lambda: cycle(1),
        lambda: zip_longest(1), lambda: pairwise(1), lambda: permutations('abc', 'x')]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sum(1 for _ in permutations(range(5))), len(list(product(range(3), repeat=3))))
it = islice(count(), 10, 20, 3); print(next(it), list(it))
print(dict(zip_longest('ab', range(3))), list(map(list, tee([1, 2]))))
