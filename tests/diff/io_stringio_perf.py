import io
s = io.StringIO()
for i in range(20000):
    s.write('line %d\n' % i)
v = s.getvalue()
print(len(v), v[:20].split())
s.seek(0)
n = 0
for line in s:
    n += 1
print(n)
b = io.BytesIO()
for i in range(20000):
    b.write(b'x%d\n' % i)
b.seek(0)
print(len(b.readlines()), len(b.getvalue()))
s = io.StringIO('abc\n' * 1000)
print(sum(1 for _ in s), s.tell())
