# sys.stdout.buffer / sys.stdin.buffer.  (Without a flush, CPython may
# write pending text after later bytes: the order is not defined.)
import sys
print('a')
sys.stdout.flush()
sys.stdout.buffer.write(b'b\n')
print('c', end='', flush=True)
sys.stdout.buffer.write('é\n'.encode())
sys.stdout.buffer.flush()
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdout.buffer is sys.stdout.buffer)
print(sys.stdin.buffer.name, sys.stdin.buffer.mode, sys.stdin.buffer.read())
for bad in ('x', 3):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.stdout.buffer.buffer
except AttributeError as e:
    print('AttributeError')
sys.stdout.buffer.flush()
print('end')
