import difflib, random

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks(), s.bjunk)
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'hello'], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches('pritn', keyword.kwlist + ['print', 'sprint']), difflib.get_close_matches('x', []))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, 'before.txt', 'after.txt', '2024-01-01', '2024-01-02')), end='')
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'a', 'b')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')), list(difflib.unified_diff(a, a)))
d = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(d), end='')
print(''.join(difflib.restore(d, 1)), ''.join(difflib.restore(d, 2)), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
for bad in [lambda: difflib.get_close_matches('a', ['b'], n=0), lambda: difflib.get_close_matches('a', ['b'], cutoff=2),
            lambda: list(difflib.unified_diff([1], [2])), lambda: list(difflib.restore([], 3)), lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=3))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
rng = random.Random(5)
total = []
for trial in range(40):
    x = [rng.choice('abcde') for _ in range(rng.randint(0, 40))]
    y = [rng.choice('abcde') for _ in range(rng.randint(0, 40))]
    m = difflib.SequenceMatcher(None, x, y)
    total.append((round(m.ratio(), 6), len(m.get_opcodes()), m.get_matching_blocks()[0]))
    if trial < 3:
        print(m.get_opcodes(), list(m.get_grouped_opcodes(1)))
print(total)
big = [rng.choice('ab') for _ in range(300)] + ['x']
m = difflib.SequenceMatcher(None, big, big[::-1])
print(sorted(m.bpopular), len(m.get_matching_blocks()), m.ratio(), difflib.SequenceMatcher(None, big, big[::-1], autojunk=False).ratio())
lines_a = ['line %d\n' % i for i in range(30)]
lines_b = lines_a[:5] + ['changed\n'] + lines_a[6:20] + lines_a[22:] + ['new\n']
print(''.join(difflib.unified_diff(lines_a, lines_b)), end='')
print(''.join(difflib.ndiff(['abcdefg\n', 'hello world\n'], ['abcdxfg\n', 'hello  world\n', 'extra\n'])), end='')
