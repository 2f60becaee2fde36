import textwrap, random, hashlib

text = ("The quick brown fox -- a well-known, oft-quoted creature -- jumped over the lazy dog's back. "
        "Hyphenated-words like state-of-the-art, e-mail and x-ray; numbers 1-2-3 and --flags; "
        "a very-very-very-long-hyphenated-compound-word-that-needs-breaking and supercalifragilisticexpialidocious! "
        "Tabs\there and\nnewlines, ünïcödé-wörds, and end.  Second sentence? Yes. \"Quoted.\" Done")
for width in (1, 5, 10, 12, 20, 33, 50, 79):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=1, placeholder='...'))
print(textwrap.shorten("Hello  world!   How are you?", 12), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world!", 10, placeholder='..'))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('abc def', 3, max_lines=1, placeholder=' [...]'),
            lambda: textwrap.shorten('abc', 2)]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
print(repr(textwrap.dedent('''
    def f():
        return 1
  \t
    x = 2
''')))
print(repr(textwrap.dedent("\tone\n\t\ttwo\n\t  three\n")), repr(textwrap.dedent("  a\n b\n")), repr(textwrap.dedent("  a\n  \n  b")))
print(repr(textwrap.dedent(" \t x\n \t y\n")), repr(textwrap.dedent("no indent\n  some")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)), repr(textwrap.indent("x\r\ny\rz", "-")))
w = textwrap.TextWrapper(width=20, tabsize=4)
print(w.wrap("a\tb\tc\td" * 3), w.fill("short"))
rng = random.Random(7)
pieces = ['alpha', 'beta-gamma', 'x', '--', '---', 'a-b-c-d', 'well-', '-lead', 'mid--dash', 'e.g.', 'wow!', '"q"',
          'über-größe', '2-3', 'ab-cd-ef', 'A-B', 'co-op', 'x--y', 'end.', ' ', '  ', '\t', '\n', 'ab--', '--cd', "it's-ok"]
digest = hashlib.md5()
for trial in range(60):
    t = ''.join(rng.choice(pieces) + rng.choice(['', ' ', ' ', '  ']) for _ in range(rng.randint(1, 25)))
    for width in (3, 7, 13, 24):
        for kw in ({}, {'break_on_hyphens': False}, {'break_long_words': False}, {'drop_whitespace': False},
                   {'max_lines': 2}, {'fix_sentence_endings': True}):
            try:
                out = repr(textwrap.wrap(t, width, **kw))
            except ValueError as e:
                out = 'ValueError ' + str(e)
            digest.update(out.encode())
    if trial < 5:
        print(repr(t), textwrap.wrap(t, 9))
print(digest.hexdigest())
