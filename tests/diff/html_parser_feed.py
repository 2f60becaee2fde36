from html.parser import HTMLParser

class Rec(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(('S', tag, attrs))
    def handle_endtag(self, tag): self.ev.append(('E', tag))
    def handle_data(self, data): self.ev.append(('D', data))
    def handle_comment(self, data): self.ev.append(('C', data))
    def handle_decl(self, data): self.ev.append(('DECL', data))
    def handle_pi(self, data): self.ev.append(('PI', data))
    def handle_entityref(self, name): self.ev.append(('ER', name))
    def handle_charref(self, name): self.ev.append(('CR', name))
    def unknown_decl(self, data): self.ev.append(('UD', data))

DOC = ('<!DOCTYPE html><html><body><p class="x">Hello &amp; goodbye &#169; &eacute;</p>'
       '<!-- c --><script>a<b</script><?pi?><br/>tail &copy text</body></html>')

def run(chunks, conv):
    p = Rec(convert_charrefs=conv)
    trace = []
    for c in chunks:
        p.feed(c)
        trace.append((len(p.ev), len(p.rawdata)))
    p.close()
    return p.ev, trace

for conv in (True, False):
    full, _ = run([DOC], conv)
    print('convert', conv, len(full))
    for e in full:
        print('  ', e)
    for size in (1, 2, 3, 5, 7, 13):
        chunks = [DOC[i:i + size] for i in range(0, len(DOC), size)]
        ev, trace = run(chunks, conv)
        # merge adjacent data events (chunking may split text differently)
        def merged(evs):
            out = []
            for e in evs:
                if out and e[0] == 'D' and out[-1][0] == 'D':
                    out[-1] = ('D', out[-1][1] + e[1])
                else:
                    out.append(e)
            return out
        print(' size', size, merged(ev) == merged(full), len(ev), trace[:12])
        if merged(ev) != merged(full):
            print('   ', ev)

# partial input left in the buffer, then close()
for tail in ['<a href="x', '<!-- open', '<!DOCTYPE', '&am', '&#12', '<', '</b', '<?pi',
             '<![CDATA[x', 'text &', 'x &#', '<script>abc', '<script>abc</scr', '<p', '</', '&#x',
             '<!', '<!x', '<![if x', '<a b="c"/', '&', 'a&b', '&amp']:
    for conv in (True, False):
        p = Rec(convert_charrefs=conv)
        p.feed(tail)
        before = list(p.ev)
        p.close()
        print(repr(tail), conv, before, p.ev, repr(p.rawdata))
p = Rec()
p.feed('<p>abc')
p.reset()
p.feed('<q>')
p.close()
print(p.ev, p.getpos(), p.lasttag, p.get_starttag_text())
for bad in ['<![foo[ x ]]>', '<![ x', '<![123']:
    p = Rec()
    try:
        p.feed(bad)
        p.close()
        print(bad, p.ev)
    except AssertionError as e:
        print(bad, 'AssertionError', e)
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().get_starttag_text(), HTMLParser().getpos())
p = HTMLParser()
p.feed('<x y=z>text</x>')
p.close()
print(p.getpos(), p.lasttag, p.get_starttag_text())
import _markupbase
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print('RuntimeError', e)
