from html.parser import HTMLParser

class LinkText(HTMLParser):
    """A realistic use: collect links, headings and visible text."""
    def __init__(self):
        super().__init__()
        self.links = []
        self.stack = []
        self.text = []
        self.headings = []
    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        d = dict(attrs)
        if tag == 'a' and 'href' in d:
            self.links.append((d['href'], d.get('title')))
        if tag == 'img':
            self.links.append(('img:' + str(d.get('src')), d.get('alt')))
    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break
    def handle_data(self, data):
        if self.stack and self.stack[-1] in ('script', 'style'):
            return
        if self.stack and self.stack[-1] in ('h1', 'h2'):
            self.headings.append(data.strip())
        if data.strip():
            self.text.append(' '.join(data.split()))

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Caf&eacute; &mdash; menu</title>
<style>body { color: red } a > b {}</style>
<script>document.write("<a href='no'>x</a>");</script></head>
<body>
<h1>Welcome to the Caf&eacute;</h1>
<p>Prices in &euro;: coffee &lt; 3&nbsp;&euro; &amp; tea&#x2014;cheap. &notin; &notit;</p>
<a href="/menu?item=1&amp;size=2" title='The "menu"'>Menu</a>
<a href=http://example.com/x?a=b>bare link</a>
<a name="anchor">no href</a>
<img src="c.png" alt="A cup"><img src=d.png alt>
<h2>Hours</h2><ul><li>Mon&ndash;Fri<li>Sat &amp; Sun</ul>
<!-- hidden <a href="commented">x</a> -->
<p>Emoji: &#128512; &#x1F600; bad: &#0; &#xD800; &#1114112; &#128;</p>
</body></html>
"""
p = LinkText()
p.feed(PAGE)
p.close()
for l in p.links:
    print('link', l)
for h in p.headings:
    print('heading', repr(h))
for t in p.text:
    print('text', ascii(t))
print(p.getpos(), p.stack)
