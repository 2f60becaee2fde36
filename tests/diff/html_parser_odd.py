# Odd inputs and parser state.
from html.parser import HTMLParser
class P(HTMLParser):
    CDATA_CONTENT_ELEMENTS = ('textarea', 'script')
    def __init__(self):
        super().__init__(convert_charrefs=False); self.ev = []
    def handle_starttag(self, t, a): self.ev.append(('S', t, a))
    def handle_endtag(self, t): self.ev.append(('E', t))
    def handle_data(self, d): self.ev.append(('D', d))
    def handle_entityref(self, n): self.ev.append(('ER', n))
p = P(); p.feed('<textarea>&amp;<b></textarea><script>1</script><style>&amp;</style>'); p.close(); print(p.ev)
p = HTMLParser(); p.feed('<a>'); print(p.rawdata, p.cdata_elem, p.interesting.pattern, p.lasttag)
p.feed('<script>'); print(p.cdata_elem, p.interesting.pattern, p.interesting.flags & 2)
try:
    HTMLParser(False)
except TypeError as e:
    print(e)
try:
    HTMLParser().feed(b'x')
except TypeError as e:
    print(e)
try:
    HTMLParser().feed(None)
except TypeError as e:
    print(e)
q = HTMLParser(); q.feed('x'); q.close(); q.close(); print(q.getpos(), repr(q.rawdata))
