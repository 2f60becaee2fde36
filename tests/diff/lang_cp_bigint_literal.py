# Decimal literals beyond the int/str digit limit are SyntaxErrors (as CPython).
try:
    compile('x = ' + '1'*5000, 's', 'exec')
except Exception as e:
    print(type(e).__name__, e, e.lineno if hasattr(e, 'lineno') else '', getattr(e, 'offset', ''))
print(len(str(eval('0x' + 'f'*1000)).encode()) > 0)
try:
    compile('x = (1 +\n ' + '1'*5000 + ')', 's', 'exec')
except SyntaxError as e: print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)[:20])
