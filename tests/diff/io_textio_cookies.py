# io.TextIOWrapper tell()/seek() cookies over random text (every newline
# mode, utf-8/latin-1/utf-16/utf-8-sig, chunk boundaries inside characters).
import io, os, tempfile, random
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
random.seed(5)
alphabet = ['a', 'b', '\n', '\r', '\r\n', '\xe9', '\u20ac', '\U0001f600', 'xyz']
text = ''.join(random.choice(alphabet) for _ in range(12000))
res = []
for enc in ('utf-8', 'latin-1', 'utf-16', 'utf-8-sig'):
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, 'replace')
    with open(p, 'wb') as f:
        f.write(data)
    for nl in (None, '', '\n', '\r\n'):
        f = io.TextIOWrapper(open(p, 'rb'), encoding=enc, newline=nl)
        rnd = random.Random(len(enc))
        marks = []
        for step in range(200):
            op = rnd.randrange(3)
            c = f.tell()
            if op == 0:
                s = f.readline()
            else:
                s = f.read(rnd.randrange(1, 50))
            marks.append((c, s))
            if not s:
                break
        h = 0
        for c, s in marks:
            h = (h * 31 + c) % (1 << 61)
        ok = True
        for c, s in marks[::7]:
            f.seek(c)
            got = f.read(len(s))
            if got != s:
                ok = False
        print(enc, repr(nl), len(marks), h, ok, f.tell())
        f.close()
import shutil; shutil.rmtree(d)
