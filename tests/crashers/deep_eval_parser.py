# The parser and compiler on deeply nested source (bpo-3971, gh-issues on
# s_push overflow, compiler recursion).  Must be SyntaxError/RecursionError/
# MemoryError, never a crash.
def attempt(label, src, mode="eval"):
    try:
        r = compile(src, "<deep>", mode)
        print(label, "-> compiled")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, "->", type(e).__name__, e.args[0] if e.args else "")

attempt("parens 100", "(" * 100 + "1" + ")" * 100)
attempt("parens 1000", "(" * 1000 + "1" + ")" * 1000)
attempt("lists 1000", "[" * 1000 + "]" * 1000)
attempt("dicts 1000", "{1:" * 1000 + "1" + "}" * 1000)
attempt("unary minus 20000", "-" * 20000 + "1")
attempt("not 20000", "not " * 20000 + "x")
attempt("additions 20000", "1" + "+1" * 20000)
attempt("power chain 20000", "2" + "**2" * 20000)
attempt("attribute chain 20000", "x" + ".a" * 20000)
attempt("call chain 20000", "f" + "()" * 20000)
attempt("subscript chain 20000", "x" + "[0]" * 20000)
attempt("lambda chain 10000", "lambda: " * 10000 + "1")
attempt("ifexp chain 10000", "1 if x else " * 10000 + "1")
attempt("comparison chain 20000", "1" + "<1" * 20000)
attempt("and chain 20000", "x" + " and x" * 20000)
attempt("string concat 20000", "'a' " * 20000)
attempt("nested fstring 3", "f'{f\"{1}\"}'")
def nested_blocks(n):
    lines = []
    for i in range(n):
        lines.append(" " * i + "if x:")
    lines.append(" " * n + "pass")
    return "\n".join(lines) + "\n"
attempt("if nesting 20", nested_blocks(20), "exec")
attempt("if nesting 101", nested_blocks(101), "exec")
def nested_for(n):
    lines = []
    for i in range(n):
        lines.append(" " * i + "for x in y:")
    lines.append(" " * n + "pass")
    return "\n".join(lines) + "\n"
attempt("for nesting 21", nested_for(21), "exec")
attempt("def nesting 200", "".join(" " * i + "def f():\n" for i in range(200)) + " " * 200 + "pass\n", "exec")
try:
    eval("(" * 20000)
except SyntaxError as e:
    print("unclosed ->", type(e).__name__, e.msg)
