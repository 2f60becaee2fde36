import sys
print(sys.stdout.encoding, sys.stdout.line_buffering)
for kw in [dict(encoding=5), dict(errors=5), dict(newline='x'), dict(newline=5), dict(encoding='nope'), dict(line_buffering='x')]:
    try:
        sys.stdout.reconfigure(**kw)
        print('ok', kw, sys.stdout.encoding, sys.stdout.line_buffering)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure(1)
except TypeError as e:
    print('TypeError', e)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.encoding)
sys.stdout.reconfigure(errors='replace')
print('a\udc80b', sys.stdout.errors)
sys.stdout.reconfigure(encoding='ascii', errors='backslashreplace')
print('é €', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding='latin-1')
print(sys.stdout.encoding, sys.stdout.errors)
sys.stdout.flush()
sys.stdout.reconfigure(encoding='utf-8', newline='\r\n')
print('x\ny')
sys.stdout.reconfigure(newline=None)
print(sys.stdout.encoding)
sys.stderr.reconfigure(encoding='utf-8', errors='surrogateescape')
print(sys.stderr.errors)
sys.stdin.reconfigure(encoding='utf-8')
print(sys.stdin.encoding, repr(sys.stdin.read()))
# write_through, and a file opened for writing
import os, tempfile
sys.stdout.reconfigure(write_through=True, line_buffering=False)
d = tempfile.mkdtemp()
p = os.path.join(d, 'out.txt')
with open(p, 'w') as f:
    f.write('a\n')
    f.reconfigure(encoding='utf-16-le', errors='strict')
    f.write('b\n')
    f.reconfigure(newline='\r\n')
    f.write('c\nd')
    print(f.encoding, f.errors)
with open(p, 'rb') as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
