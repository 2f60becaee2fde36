# html: escape and unescape (HTML5 character references)
import html
import html.entities

print(html.escape("<a href=\"x\">'&'</a>"))
print(html.escape("<a href=\"x\">'&'</a>", quote=False))
print(html.escape(""), html.escape("plain"), html.escape("&amp;"))
for s in ["&lt;b&gt;", "&amp;amp;", "&quot;&#39;&#x27;&#X27;", "no refs", "&",
          "&#65;&#x42;&#0067;", "&#65", "&#x41", "&lt", "&LT;", "&gt", "&copy 2024",
          "&notit;", "&notin;", "&not", "&nosuchentity;", "&#0;", "&#13;", "&#128;",
          "&#x80;&#x81;&#x9f;", "&#1;&#x1f;&#127;&#x7f;", "&#xd800;", "&#x110000;",
          "&#99999999999;", "&#xfffe;&#x1ffff;&#xfdd0;", "&#11;", "&#9;&#10;",
          "&amp", "&ampx", "&AMP;", "&Aacute;&aacute&Aacute", "&bne;", "&NotEqualTilde;",
          "&acE;", "&fjlig;", "&#x1F600;", "&#;", "&#x;", "&# 65;", "& amp;",
          "&" + "a" * 40 + ";", "&zwnj;&zwj;", "a&b&c", "&&amp;&&", "&lt;&lt;&lt;",
          "&ltx;", "&gtrdot;", "&emsp13;", "&frac12;&frac34", "&sup2;x&sup23;",
          "&#x0041;&#X0042;", "&#000000000065;"]:
    print(repr(s), "->", ascii(html.unescape(s)))

print(len(html.entities.html5), len(html.entities.name2codepoint),
      len(html.entities.codepoint2name), len(html.entities.entitydefs))
print(html.entities.name2codepoint["amp"], html.entities.codepoint2name[0x3c],
      ascii(html.entities.entitydefs["eacute"]), ascii(html.entities.html5["gt;"]))
print(sorted(html.entities.html5)[:5], sorted(html.entities.html5)[-3:])
print(sorted(html.__all__), sorted(html.entities.__all__))

for bad in [None, 5, b"&lt;"]:
    for fn in (html.escape, html.unescape):
        try:
            fn(bad)
        except (TypeError, AttributeError) as e:
            print(fn.__name__, type(e).__name__, e)
