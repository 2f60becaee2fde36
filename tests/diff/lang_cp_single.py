# compile(..., 'single'): expression statements print their value (REPL).
for src in ['1 + 1\n', 'for i in range(2): i\n', 'x = 5\n', 'None\n', '"s"\n', 'if True:\n    7\n    8\n',
            'def f():\n    3\n', 'x; x * 2\n', 'class C:\n    9\n']:
    exec(compile(src, '<s>', 'single'))
print(x)
try:
    compile('1\n2\n', '<s>', 'single')
except SyntaxError as e:
    print(e.msg)
print(eval(compile('[1, 2]', '<e>', 'eval')))
