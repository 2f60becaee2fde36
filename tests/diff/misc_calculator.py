# Recursive descent calculator with variables, functions and error reporting.
class CalcError(Exception):
    pass
class Calc:
    def __init__(self):
        self.vars = {"pi": 3.141592653589793}
        self.funcs = {"abs": abs, "max": max, "min": min, "sq": lambda x: x * x}
    def run(self, src):
        self.toks = self.lex(src)
        self.pos = 0
        if len(self.toks) >= 2 and self.toks[1] == "=" and self.toks[0].isidentifier():
            name = self.toks[0]
            self.pos = 2
            val = self.expr()
            self.vars[name] = val
        else:
            val = self.expr()
        if self.pos != len(self.toks):
            raise CalcError(f"unexpected {self.toks[self.pos]!r}")
        return val
    def lex(self, s):
        toks, i = [], 0
        while i < len(s):
            c = s[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(s) and (s[j].isdigit() or s[j] == "."):
                    j += 1
                toks.append(s[i:j]); i = j
            elif c.isalpha():
                j = i
                while j < len(s) and s[j].isalnum():
                    j += 1
                toks.append(s[i:j]); i = j
            elif s[i:i + 2] == "**":
                toks.append("**"); i += 2
            elif c in "+-*/%(),=":
                toks.append(c); i += 1
            else:
                raise CalcError(f"bad character {c!r}")
        return toks
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self, expected=None):
        t = self.peek()
        if t is None or (expected and t != expected):
            raise CalcError(f"expected {expected or 'token'}, got {t!r}")
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.factor()
            if op != "*" and r == 0:
                raise CalcError("division by zero")
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        if self.peek() == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == "**":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.take()
        if t == "(":
            v = self.expr()
            self.take(")")
            return v
        if t[0].isdigit() or t[0] == ".":
            return float(t) if "." in t else int(t)
        if t.isidentifier():
            if self.peek() == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek() == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if t not in self.funcs:
                    raise CalcError(f"unknown function {t}")
                return self.funcs[t](*args)
            if t not in self.vars:
                raise CalcError(f"unknown variable {t}")
            return self.vars[t]
        raise CalcError(f"unexpected {t!r}")
c = Calc()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4", "x = 5", "y = x * 2 + 1",
             "x * y", "max(1, x, y) - min(3, 2)", "sq(abs(-4))", "pi * 2", "1 / 0", "2 +", "foo", "bar(1)",
             "3 $ 4", "(1 + 2", "1 2", "2 ** -1", "((((7))))", "1.5 * 4", "100000000000 * 100000000000"]:
    try:
        print(f"{line!r:32} = {c.run(line)!r}")
    except CalcError as e:
        print(f"{line!r:32} ! {e}")
print(sorted(c.vars.items()))
