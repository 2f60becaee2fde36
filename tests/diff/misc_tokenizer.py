# A hand-written tokenizer for a small expression language.
KEYWORDS = {"let", "in", "if", "then", "else", "fn"}
class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    i, line, col = 0, 1, 1
    ops2 = {"==", "!=", "<=", ">=", "->", "&&", "||"}
    while i < len(src):
        c = src[i]
        if c == "\n":
            i += 1; line += 1; col = 1
            continue
        if c.isspace():
            i += 1; col += 1
            continue
        if c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start, scol = i, col
        if c.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            kind = "FLOAT" if "." in text else "INT"
        elif c.isalpha() or c == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            kind = "KW" if text in KEYWORDS else "NAME"
        elif c == '"':
            i += 1
            buf = []
            while i < len(src) and src[i] != '"':
                if src[i] == "\\" and i + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t"}.get(src[i + 1], src[i + 1]))
                    i += 2
                else:
                    buf.append(src[i]); i += 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{scol}")
            i += 1
            text = "".join(buf)
            kind = "STR"
        elif src[i:i + 2] in ops2:
            i += 2; text = src[start:i]; kind = "OP"
        elif c in "+-*/%()<>=!,;{}":
            i += 1; text = c; kind = "OP"
        else:
            raise LexError(f"unexpected {c!r} at {line}:{col}")
        col += i - start
        yield Token(kind, text, line, scol)
    yield Token("EOF", "", line, col)
program = '''let x = 42 in  # comment
if x >= 10 && x != 13 then "big\\tnumber" else fn(a, b) -> a * b + 3.25
'''
toks = list(tokenize(program))
for t in toks:
    print(t)
print(len(toks), sorted({t.kind for t in toks}))
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(counts)
for bad in ['x = "open', "a $ b"]:
    try:
        list(tokenize(bad))
    except LexError as e:
        print("LexError:", e)
