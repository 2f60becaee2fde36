# Deterministic pseudo-random markup (a small LCG, no random module):
# every event the parser reports, for whole and chunked input.
from html.parser import HTMLParser

PIECES = ['<', '>', '</', '/>', '<!', '<!--', '-->', '--', '<?', '?>', '&', '&#', '&#x',
          ';', 'amp', 'lt', '65', '1F600', 'x', 'a', 'b', 'p', 'script', 'style',
          '=', '"', "'", ' ', '\n', '\t', 'href', 'class', '/', '[', ']', '<![CDATA[',
          ']]>', 'DOCTYPE', 'é', '0', 'Z', '-', '.', ':', '&amp;', '<p>', '</p>',
          '<script>', '</script>', '<a href="x">', '&nbsp', '&#12;', '\r\n', '\x00']
state = 12345

def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 8) % n

class Rec(HTMLParser):
    def __init__(self, conv):
        super().__init__(convert_charrefs=conv)
        self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(('S', tag, attrs))
    def handle_endtag(self, tag): self.ev.append(('E', tag))
    def handle_startendtag(self, tag, attrs): self.ev.append(('SE', tag, attrs))
    def handle_data(self, data): self.ev.append(('D', data))
    def handle_comment(self, data): self.ev.append(('C', data))
    def handle_decl(self, data): self.ev.append(('DECL', data))
    def handle_pi(self, data): self.ev.append(('PI', data))
    def handle_entityref(self, name): self.ev.append(('ER', name))
    def handle_charref(self, name): self.ev.append(('CR', name))
    def unknown_decl(self, data): self.ev.append(('UD', data))

def parse(doc, conv, size):
    p = Rec(conv)
    try:
        for i in range(0, len(doc), size):
            p.feed(doc[i:i + size])
        p.close()
    except AssertionError as e:
        p.ev.append(('AssertionError', str(e)))
    return p.ev, p.getpos()

for case in range(150):
    doc = ''.join(PIECES[rnd(len(PIECES))] for _ in range(rnd(14) + 1))
    conv = case % 2 == 0
    ev, pos = parse(doc, conv, len(doc) or 1)
    print(case, repr(doc), pos)
    print('   ', ev)
    ev2, pos2 = parse(doc, conv, rnd(4) + 1)
    if ev2 != ev:
        print('  chunked', ev2, pos2)
