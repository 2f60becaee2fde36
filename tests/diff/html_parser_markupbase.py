# _markupbase.ParserBase.parse_declaration and the DTD subset scanner,
# used by SGML-style subclasses.
import _markupbase

class P(_markupbase.ParserBase):
    def __init__(self, data):
        self.reset()
        self.rawdata = data
        self.ev = []
    def handle_decl(self, d): self.ev.append(('decl', d))
    def unknown_decl(self, d): self.ev.append(('unknown', d))
    def handle_comment(self, d): self.ev.append(('comment', d))

CASES = [
    '<!DOCTYPE html>', '<!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://x/y.dtd">',
    '<!>', '<!', '<!-', '<!--x-->', '<!-- open', '<![CDATA[abc]]>', '<![if x]>', '<![bogus[x]]>',
    '<!ELEMENT br EMPTY>', '<!ENTITY foo "bar">', '<!DOCTYPE x [ <!ELEMENT a (#PCDATA)> ]>',
    '<!DOCTYPE x [\n <!ENTITY % p "v">\n %p;\n <!ATTLIST a b CDATA #IMPLIED c (x|y) "x">\n'
    ' <!NOTATION n SYSTEM "s">\n <!-- c -->\n]>',
    '<!DOCTYPE x [ <!ATTLIST a>', '<!DOCTYPE x [ <!BAD y> ]>', '<!DOCTYPE x [ <x> ]>',
    '<!DOCTYPE x [ ] junk>', '<!DOCTYPE x [ @ ]>', '<!DOCTYPE x [', '<!DOCTYPE x "unterminated',
    '<!DOCTYPE x @>', '<!ELEMENT x [y]>', '<!FOO x [y]>', '<!DOCTYPE', '<!1abc>',
    '<!DOCTYPE x [ <!ENTITY % >', '<!DOCTYPE x [ <!ENTITY %  pe SYSTEM "f" > ]>',
    '<!DOCTYPE x [ <!ATTLIST a b (x|y) #FIXED "x" c NMTOKEN #REQUIRED> ]>',
    '<!DOCTYPE x [ <!ELEMENT a', '<!DOCTYPE x [ <!', '<!DOCTYPE x [ <!-', '<!DOCTYPE x [ %',
]
for c in CASES:
    for text in (c, c + ' tail'):
        p = P(text)
        try:
            r = p.parse_declaration(0)
            print(repr(text), r, p.ev, p.getpos())
        except AssertionError as e:
            print(repr(text), 'AssertionError', e, p.getpos())
p = P('ab\ncd\nef')
print(p.updatepos(0, 4), p.getpos(), p.updatepos(4, 8), p.getpos(), p.updatepos(8, 2), p.getpos())
