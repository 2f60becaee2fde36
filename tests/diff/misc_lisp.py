# A small Lisp interpreter: reader, environments, closures, tail calls via loop.
class Sym(str):
    pass
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    t = tokens.pop(0)
    if t == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return out
    if t == ")":
        raise SyntaxError("unexpected )")
    if t == "'":
        return [Sym("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(t)
        except ValueError:
            pass
    return Sym(t)
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        e = self
        while e is not None:
            if name in e:
                return e
            e = e.outer
        raise NameError(f"unbound symbol {name}")
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
def std_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b, "*": lambda a, b: a * b,
                "<": lambda a, b: a < b, "=": lambda a, b: a == b, "car": lambda l: l[0], "cdr": lambda l: l[1:],
                "cons": lambda a, l: [a] + l, "list": lambda *a: list(a), "null?": lambda l: l == [], "#t": True, "#f": False})
    return env
def evaluate(x, env):
    while True:
        if isinstance(x, Sym):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            x = args[1] if evaluate(args[0], env) else args[2]
            continue
        if op == "define":
            env[args[0]] = evaluate(args[1], env)
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        f = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(f, Lambda):
            x, env = f.body, Env(f.params, vals, f.env)
            continue
        return f(*vals)
def lispstr(v):
    if isinstance(v, list):
        return "(" + " ".join(map(lispstr, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)
env = std_env()
prog = """(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 30)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 5000 0)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map (lambda (x) (* x x)) '(1 2 3 4))
(define make-adder (lambda (n) (lambda (x) (+ x n))))
((make-adder 10) 5)
(begin (define z 3) (list z 'sym 2.5 (< 1 2)))
(undefined-thing 1)
(car '())
(+ 1 (* 2"""
for line in prog.split("\n"):
    try:
        print(lispstr(evaluate(read(tokenize(line)), env)))
    except (NameError, IndexError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)
