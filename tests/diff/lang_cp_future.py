# __future__ statements: validation and placement (compile only).
for src in ['from __future__ import braces\n', 'from __future__ import nope\n', 'x = 1\nfrom __future__ import annotations\n',
            '"doc"\nfrom __future__ import annotations\nfrom __future__ import generators\nimport os\n',
            'from __future__ import annotations\ndef f(x: (y := 1)): pass\n', 'from __future__ import annotations\ndef f() -> (yield): pass\n',
            'from __future__ import annotations; import os; from __future__ import division\n']:
    try:
        compile(src, 'f.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
