# html: unescape every HTML5 name, with and without a trailing suffix, and
# numeric references over a range of code points (digest of the results)
import hashlib
import html
from html.entities import html5

h = hashlib.sha256()
names = sorted(html5)
for name in names:
    for text in ("&" + name, "&" + name + "x", "x&" + name + ";;"):
        h.update(html.unescape(text).encode("utf-8", "surrogatepass"))
        h.update(b"|")
print(len(names), h.hexdigest())
h = hashlib.sha256()
for cp in list(range(0, 0x400)) + list(range(0xd7f0, 0xe010)) + list(range(0xfdc0, 0x10010)) \
        + [0x1fffe, 0x1ffff, 0x10fffe, 0x10ffff, 0x110000]:
    for fmt in ("&#%d;", "&#x%x;", "&#X%X", "&#%d"):
        h.update(html.unescape(fmt % cp).encode("utf-8", "surrogatepass"))
        h.update(b"|")
print(h.hexdigest())
h = hashlib.sha256()
for cp in range(0, 0x3000):
    h.update(html.escape(chr(cp) * 2 + "&<>\"'").encode("utf-8", "surrogatepass"))
print(h.hexdigest())
