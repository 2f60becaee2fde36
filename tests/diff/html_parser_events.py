from html.parser import HTMLParser

class Rec(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, tag, attrs):
        self.ev.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))
    def handle_endtag(self, tag):
        self.ev.append(('end', tag, self.getpos()))
    def handle_startendtag(self, tag, attrs):
        self.ev.append(('startend', tag, attrs, self.get_starttag_text()))
    def handle_data(self, data):
        self.ev.append(('data', data, self.getpos()))
    def handle_comment(self, data):
        self.ev.append(('comment', data))
    def handle_decl(self, decl):
        self.ev.append(('decl', decl))
    def handle_pi(self, data):
        self.ev.append(('pi', data))
    def handle_entityref(self, name):
        self.ev.append(('entityref', name))
    def handle_charref(self, name):
        self.ev.append(('charref', name))
    def unknown_decl(self, data):
        self.ev.append(('unknown_decl', data))

DOCS = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>T &amp; x</title></head>\n<body class=main id=\'b\'>Hi</body></html>',
    '<p>a<br/>b<br />c<img src="x.png" alt=\'A "q"\'/></p>',
    '<a href="?x=1&amp;y=2&z=&lt;" CHECKED data-X = "v" empty="" noq=bare>link</a>',
    '<!-- comment -- here --><!----><!--x--!><!- bogus -><!x bogus>',
    '<?xml version="1.0"?><?php echo 1 ?>',
    '<![CDATA[some <b>cdata</b>]]><![if !IE]>x<![endif]>',
    '<script>if (a < b && c > d) { x = "</div>"; }</script><style>p > a { }</style>after',
    '<SCRIPT type="text/javascript">var s = "</scr" + "ipt>";</SCRIPT >',
    '<script>x</script foo><p>',
    'text &amp; &lt;more&gt; &#65;&#x42;&#X43; &nbsp;&unknown; &amp &#65 &copy2 & alone &# &#xZ;',
    '<div\n  class="multi\nline"\n>\nline2\n</div\n>',
    '</p></ p></>< /x>< a>a < b <3 <!> </ >',
    '<a b=\'1\'c="2"d=3>x</a><a/b/c>y</a><t a=b/>',
    '<p <q>text</p junk="x">',
    '<img src=x.png/><br/ ><br / >',
    '<tag attr="&quot;quoted&quot; &#39;s&#39;" other=&amp;>',
    '<A HREF="UP">UP</A><Table><TR><TD>cell</td></tr></TABLE>',
    '<p>unclosed <b>bold',
    '<title>a &lt; b</title><textarea>&amp;</textarea>',
    '<a href=\n"x">\r\n</a>\t<b\tc=d\t>',
]
for conv in (True, False):
    print('==== convert_charrefs =', conv)
    for doc in DOCS:
        p = Rec(convert_charrefs=conv)
        p.feed(doc)
        p.close()
        print(repr(doc))
        for e in p.ev:
            print('   ', e)
        print('    lasttag', p.lasttag, 'pos', p.getpos())
