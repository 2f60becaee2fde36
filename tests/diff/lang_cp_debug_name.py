# __debug__ cannot be assigned or deleted (compile errors and locations).
for src in ['__debug__ = 1\n', 'del __debug__\n', 'def f(__debug__): pass\n', 'f(__debug__=1)\n', 'import x as __debug__\n',
            'for __debug__ in y: pass\n', 'with x as __debug__: pass\n', 'x.__debug__ = 1\n', 'def __debug__(): pass\n',
            'class __debug__: pass\n', '(__debug__ := 1)\n', 'lambda __debug__: 0\n', 'match x:\n case __debug__: pass\n',
            'try:\n pass\nexcept E as __debug__:\n pass\n', 'global __debug__\n', '[x for __debug__ in y]\n', 'print(__debug__)\n']:
    try:
        compile(src, 'd.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
