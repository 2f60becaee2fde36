# A hand-written JSON-like serializer and pretty printer, plus a parser.
def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = (pad + dumps(str(k)) + ": " + dumps(val, indent, level + 1) for k, val in v.items())
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")
class Parser:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1; d = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1; return d
            while True:
                k = self.value(); self.ws(); assert self.s[self.i] == ":"; self.i += 1
                d[k] = self.value(); self.ws()
                if self.s[self.i] == "}":
                    self.i += 1; return d
                self.i += 1
        if c == "[":
            self.i += 1; l = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1; return l
            while True:
                l.append(self.value()); self.ws()
                if self.s[self.i] == "]":
                    self.i += 1; return l
                self.i += 1
        if c == '"':
            j = self.i + 1; out = []
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    e = self.s[j + 1]
                    if e == "u":
                        out.append(chr(int(self.s[j + 2:j + 6], 16))); j += 6; continue
                    out.append({"n": "\n"}.get(e, e)); j += 2; continue
                out.append(self.s[j]); j += 1
            self.i = j + 1
            return "".join(out)
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit); return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        num = self.s[self.i:j]; self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
doc = {"name": "Widget", "tags": ["a", "b\n", "é"], "price": 12.5, "stock": 0, "meta": {"ok": True, "none": None, "empty": [], "e2": {}}, "n": [1, [2, [3.0e10]]], 'q"uote': "back\\slash"}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
back = Parser(compact).value()
print(back == doc, back["tags"], back["n"])
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(dumps([1.0, -0.5, 10 ** 20, 1e-7, "", [[]]]))
