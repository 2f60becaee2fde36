"""_markupbase for Pyclave: the position bookkeeping and the comment /
marked-section scanners that html.parser builds on (CPython 3.11
behaviour, written from scratch), plus parse_declaration() with its DTD
internal-subset scanner for SGML-style subclasses (html.parser itself
does not call it)."""

import re

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_declstringlit_match = re.compile(r'(\'[^\']*\'|"[^"]*")\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')    # MS Office: <![if ...]>

del re

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SUBSET_DECLS = {"attlist", "element", "entity", "notation"}
_SGML_SECTIONS = {"temp", "cdata", "ignore", "include", "rcdata"}
_MS_SECTIONS = {"if", "else", "endif"}


class ParserBase:
    """Common support for markup parsers: line/offset tracking and
    scanners for comments and marked sections."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError(
                "_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the position over rawdata[i:j]; return j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        """'<!name ...>': doctype -> handle_decl, others -> unknown_decl.
        Returns the index after it, or -1 if incomplete."""
        rawdata = self.rawdata
        j = i + 2
        if rawdata[i:j] != "<!":
            raise AssertionError("unexpected call to parse_declaration")
        if rawdata[j:j + 1] == ">":
            return j + 1            # '<!>': an empty declaration
        if rawdata[j:j + 1] in ("-", ""):
            return -1               # maybe the start of a comment
        if rawdata[j:j + 2] == '--':
            return self.parse_comment(i)
        if rawdata[j] == '[':
            return self.parse_marked_section(i)
        decltype, j = self._scan_name(j, i)
        if j < 0:
            return j
        if decltype == "doctype":
            self._decl_otherchars = ''
        n = len(rawdata)
        while j < n:
            c = rawdata[j]
            if c == ">":
                data = rawdata[i + 2:j]
                if decltype == "doctype":
                    self.handle_decl(data)
                else:
                    self.unknown_decl(data)
                return j + 1
            if c in "\"'":
                m = _declstringlit_match(rawdata, j)
                if not m:
                    return -1
                j = m.end()
            elif c in _LETTERS:
                name, j = self._scan_name(j, i)
            elif c in self._decl_otherchars:
                j = j + 1
            elif c == "[":
                if decltype == "doctype":
                    j = self._parse_doctype_subset(j + 1, i)
                elif decltype in {"attlist", "linktype", "link", "element"}:
                    raise AssertionError(
                        "unsupported '[' char in %s declaration" % decltype)
                else:
                    raise AssertionError("unexpected '[' char in declaration")
            else:
                raise AssertionError(
                    "unexpected %r char in declaration" % rawdata[j])
            if j < 0:
                return j
        return -1

    def _parse_doctype_subset(self, i, declstartpos):
        """The '[...]' internal subset of a doctype: index of the '>'
        after it, or -1 if incomplete."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = i
        while j < n:
            c = rawdata[j]
            if c == "<":
                s = rawdata[j:j + 2]
                if s == "<":
                    return -1
                if s != "<!":
                    self.updatepos(declstartpos, j + 1)
                    raise AssertionError(
                        "unexpected char in internal subset (in %r)" % s)
                if j + 2 == n or j + 4 > n:
                    return -1
                if rawdata[j:j + 4] == "<!--":
                    j = self.parse_comment(j, report=0)
                    if j < 0:
                        return j
                    continue
                name, j = self._scan_name(j + 2, declstartpos)
                if j == -1:
                    return -1
                if name not in _SUBSET_DECLS:
                    self.updatepos(declstartpos, j + 2)
                    raise AssertionError(
                        "unknown declaration %r in internal subset" % name)
                j = getattr(self, "_parse_doctype_" + name)(j, declstartpos)
                if j < 0:
                    return j
            elif c == "%":
                # a parameter entity reference
                if j + 1 == n:
                    return -1
                s, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                if rawdata[j] == ";":
                    j = j + 1
            elif c == "]":
                j = j + 1
                while j < n and rawdata[j].isspace():
                    j = j + 1
                if j >= n:
                    return -1
                if rawdata[j] == ">":
                    return j
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char after internal subset")
            elif c.isspace():
                j = j + 1
            else:
                self.updatepos(declstartpos, j)
                raise AssertionError(
                    "unexpected char %r in internal subset" % c)
        return -1

    def _parse_doctype_element(self, i, declstartpos):
        name, j = self._scan_name(i, declstartpos)
        if j == -1:
            return -1
        rawdata = self.rawdata
        if '>' in rawdata[j:]:
            return rawdata.find(">", j) + 1
        return -1

    def _parse_doctype_attlist(self, i, declstartpos):
        rawdata = self.rawdata
        name, j = self._scan_name(i, declstartpos)
        c = rawdata[j:j + 1]
        if c == "":
            return -1
        if c == ">":
            return j + 1
        while True:
            # attribute name, then type: a name or a '(...)' group
            name, j = self._scan_name(j, declstartpos)
            if j < 0:
                return j
            c = rawdata[j:j + 1]
            if c == "":
                return -1
            if c == "(":
                if ")" not in rawdata[j:]:
                    return -1
                j = rawdata.find(")", j) + 1
                while rawdata[j:j + 1].isspace():
                    j = j + 1
                if not rawdata[j:]:
                    return -1
            else:
                name, j = self._scan_name(j, declstartpos)
            c = rawdata[j:j + 1]
            if not c:
                return -1
            if c in "'\"":
                m = _declstringlit_match(rawdata, j)
                if not m:
                    return -1
                j = m.end()
                c = rawdata[j:j + 1]
                if not c:
                    return -1
            if c == "#":
                if rawdata[j:] == "#":
                    return -1
                name, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                c = rawdata[j:j + 1]
                if not c:
                    return -1
            if c == '>':
                return j + 1

    def _parse_doctype_notation(self, i, declstartpos):
        name, j = self._scan_name(i, declstartpos)
        if j < 0:
            return j
        rawdata = self.rawdata
        while True:
            c = rawdata[j:j + 1]
            if not c:
                return -1
            if c == '>':
                return j + 1
            if c in "'\"":
                m = _declstringlit_match(rawdata, j)
                if not m:
                    return -1
                j = m.end()
            else:
                name, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _parse_doctype_entity(self, i, declstartpos):
        rawdata = self.rawdata
        j = i
        if rawdata[i:i + 1] == "%":
            # a parameter entity: '%' then whitespace
            j = i + 1
            while True:
                c = rawdata[j:j + 1]
                if not c:
                    return -1
                if not c.isspace():
                    break
                j = j + 1
        name, j = self._scan_name(j, declstartpos)
        if j < 0:
            return j
        while True:
            c = self.rawdata[j:j + 1]
            if not c:
                return -1
            if c in "'\"":
                m = _declstringlit_match(rawdata, j)
                if not m:
                    return -1
                j = m.end()
            elif c == ">":
                return j + 1
            else:
                name, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def parse_marked_section(self, i, report=1):
        """'<![name ... ]]>' (or ']>' for MS-style if/else/endif)."""
        rawdata = self.rawdata
        if rawdata[i:i + 3] != '<![':
            raise AssertionError("unexpected call to parse_marked_section()")
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _SGML_SECTIONS:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif name in _MS_SECTIONS:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section'
                % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_comment(self, i, report=1):
        """'<!-- ... -->': report the text, return the index after it, or
        -1 when the comment is not complete yet."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        """(lowercased name, index after it and its trailing space), or
        (None, -1) when the buffer ends inside it."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _declname_match(rawdata, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError(
                "expected name token at %r"
                % rawdata[declstartpos:declstartpos + 20])
        s = m.group()
        if i + len(s) == n:
            return None, -1
        return s.strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
