import sys
sys.path.insert(0, sys.argv[1])
from errcases import CASES
for i, src in enumerate(CASES):
    try:
        compile(src, 'x.py', 'exec')
        r = 'OK'
    except (SyntaxError, MemoryError, RecursionError, ValueError) as e:
        r = '%s|%s|%s|%s|%s|%s' % (type(e).__name__, e.args[0] if e.args else '', getattr(e,'lineno',None), getattr(e,'offset',None), getattr(e,'end_lineno',None), getattr(e,'end_offset',None))
    print(i, repr(src)[:50], '=>', r)
