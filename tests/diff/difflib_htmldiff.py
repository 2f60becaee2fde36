# difflib.HtmlDiff: make_table / make_file output compared character for
# character with CPython (tabs, wrapping, context, escaping, empty inputs).
import difflib

a = """line one
line two has\ttabs
  indented <b>&amp;</b>
same
same again
removed line
changed here: abcdef
tail 1
tail 2
tail 3
tail 4
tail 5
tail 6
tail 7
last line
""".splitlines(keepends=True)
b = """line one
line 2 has\ttabs!
  indented <b>&amp;</b>
same
same again
changed here: abXdef and a much longer text that will need wrapping at some column
added one
added two
tail 1
tail 2
tail 3
tail 4
tail 5
tail 6
tail 7
last line changed
""".splitlines(keepends=True)

h = difflib.HtmlDiff()
print(h.make_table(a, b))
print(h.make_table(a, b, 'from.txt', 'to.txt', context=True, numlines=2))
print(h.make_file(a, b, 'A', 'B'))
print(h.make_file(a, b, context=True, numlines=0, charset='latin-1'))
w = difflib.HtmlDiff(tabsize=4, wrapcolumn=20)
print(w.make_table(a, b, 'left', ''))
print(w.make_table(a, b, context=True, numlines=1))
print(h.make_table([], []))
print(h.make_table([], [], context=True))
print(h.make_table(a, a, context=True))
print(h.make_table(a, a))
print(h.make_table(['x\n'], []))
print(h.make_table([], ['y\n', 'z\n']))
print(h.make_file(['caf\u00e9 \u20ac\n'], ['cafe\n'], charset='ascii'))
j = difflib.HtmlDiff(linejunk=difflib.IS_LINE_JUNK, charjunk=None)
print(j.make_table(['  \n', 'abc\n', '#\n'], ['abd\n', '\n', '#x\n']))

# _mdiff itself (what HtmlDiff renders).
for ctx in (None, 0, 1, 3):
    for item in difflib._mdiff(a, b, ctx):
        print(ctx, item)
many_a = ['%d\n' % i for i in range(40)]
many_b = many_a[:5] + ['new\n'] + many_a[6:30] + many_a[31:]
print(h.make_table(many_a, many_b, context=True, numlines=3))
print(difflib.HtmlDiff._default_prefix > 0)
