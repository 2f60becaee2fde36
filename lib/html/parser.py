"""html.parser for Pyclave: a tolerant HTML tokenizer calling handler
methods, written for Pyclave with CPython 3.11 as the oracle (the same
events, chunking and positions for well-formed and malformed input)."""

import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

# The token patterns.  They follow the HTML5 tokenizer only loosely; the
# exact forms matter because they decide what counts as a tag.
interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')
# a tag name, then the whitespace or lone slashes before the attributes
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# one attribute: name, optional '=' and a quoted or bare value
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# a whole start tag up to (not including) its closing '>'
locatestarttagend_tolerant = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*       # tag name
  (?:[\s/]*                          # whitespace before attribute names
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*  # attribute name
      (?:\s*=+\s*                    # '='
        (?:'[^']*'                   # 'value'
          |"[^"]*"                   # "value"
          |(?!['"])[^>\s]*           # bare value
         )
        \s*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
""", re.VERBOSE)
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_ENDS_TEXT = re.compile(r'[\s;]')
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    feed() text in any number of pieces, then close().  Start tags go to
    handle_starttag() or handle_startendtag(), end tags to handle_endtag(),
    text to handle_data().  With convert_charrefs (the default) character
    references in text are converted; otherwise they are reported by
    handle_entityref() and handle_charref()."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Feed some text to the parser; incomplete constructs at the end
        wait for more."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # inside <script>/<style> only the matching end tag is markup
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def _next_markup(self, rawdata, i, n):
        """Index where the text starting at i ends, or None to wait for
        more input."""
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find('<', i)
            if j >= 0:
                return j
            # a trailing '&...' may be a reference cut in two
            amp = rawdata.rfind('&', max(i, n - 34))
            if amp >= 0 and not _ENDS_TEXT.search(rawdata, amp):
                return None
            return n
        match = self.interesting.search(rawdata, i)
        if match:
            return match.start()
        if self.cdata_elem:
            return None
        return n

    def goahead(self, end):
        """Handle as much of rawdata as possible; with end, everything."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._next_markup(rawdata, i, n)
            if j is None:
                break
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._parse_markup(rawdata, i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # unfinished markup at the end: it becomes text, up
                    # to the next '>' (or '<')
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                match = charref.match(rawdata, i)
                if match:
                    self.handle_charref(match.group()[2:-1])
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    # not a valid reference: pass '&#' on as text
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                match = entityref.match(rawdata, i)
                if match:
                    self.handle_entityref(match.group(1))
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                match = incomplete.match(rawdata, i)
                if match:
                    if end and match.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _parse_markup(self, rawdata, i, n):
        """Parse the markup starting with '<' at i: the index after it, -1
        if incomplete, None to stop at a lone '<' ending the buffer."""
        if starttagopen.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    # -- markup scanners ---------------------------------------------------

    def parse_html_declaration(self, i):
        """'<!...>': comment, marked section, doctype or bogus comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 2] != '<!':
            raise AssertionError('unexpected call to '
                                 'parse_html_declaration()')
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """'<!x...>' or '</ ...>': reported as a comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 2] not in ('<!', '</'):
            raise AssertionError('unexpected call to parse_comment()')
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        """'<?...>' processing instruction."""
        rawdata = self.rawdata
        if rawdata[i:i + 2] != '<?':
            raise AssertionError('unexpected call to parse_pi()')
        match = piclose.search(rawdata, i + 2)
        if not match:
            return -1
        self.handle_pi(rawdata[i + 2:match.start()])
        return match.end()

    def parse_starttag(self, i):
        """A start tag: its name (lowercased) and attributes (names
        lowercased, values unquoted and unescaped; None without '=')."""
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        attrs = []
        match = tagfind_tolerant.match(rawdata, i + 1)
        if not match:
            raise AssertionError('unexpected call to parse_starttag()')
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        while k < endpos:
            m = attrfind_tolerant.match(rawdata, k)
            if not m:
                break
            attrname, rest, attrvalue = m.group(1, 2, 3)
            if not rest:
                attrvalue = None
            elif (attrvalue[:1] == '\'' == attrvalue[-1:] or
                  attrvalue[:1] == '"' == attrvalue[-1:]):
                attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = m.end()
        end = rawdata[k:endpos].strip()
        if end not in (">", "/>"):
            # junk in the tag: the whole thing is text
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        """Index just after the start tag at i, or -1 if it may continue
        in data not fed yet."""
        rawdata = self.rawdata
        m = locatestarttagend_tolerant.match(rawdata, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        nxt = rawdata[j:j + 1]
        if nxt == ">":
            return j + 1
        if nxt == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                # buffer boundary: wait
                return -1
            return j if j > i else i + 1
        if nxt == "":
            return -1
        if nxt in _LETTERS + "=/":
            # an attribute may still be coming
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        """An end tag '</name>' (tolerating junk after the name)."""
        rawdata = self.rawdata
        if rawdata[i:i + 2] != "</":
            raise AssertionError("unexpected call to parse_endtag")
        match = endendtag.search(rawdata, i + 1)
        if not match:
            return -1
        gtpos = match.end()
        match = endtagfind.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = tagfind_tolerant.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            # '</tag junk>': the end tag ends at the first '>' after the name
            gtpos = rawdata.find('>', namematch.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = match.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # -- handlers, overridden by subclasses --------------------------------

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
