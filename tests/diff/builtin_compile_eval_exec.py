# compile, eval, exec.
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
print(eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
g = {}
exec("a = 5\ndef f():\n    return a * 2\n", g)
print(g["a"], g["f"](), "__builtins__" in g)
ns = {"n": 3}
exec("for i in range(n):\n    total = total + i if 'total' in dir() else i\n", ns)
print(ns["total"])
c2 = compile("print('exec mode')", "<s>", "exec")
print(exec(c2))
c3 = compile("40 + 2", "<s>", "single")
exec(c3)
print(eval("[i * i for i in range(4)]"))
print(eval("lambda q: q + 1")(1))
loc = {}
exec("z = 10", None, loc)
print(loc)
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("a = 1", "eval"), ("return 5", "exec"), ("yield 1", "exec"), ("break", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.filename)
try:
    compile("1", "<s>", "nope")
except ValueError as e:
    print(e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print("propagated", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
def scope_test():
    local_var = "L"
    return eval("local_var")
print(scope_test())
x = 1
exec("x = 2")
print(x)
def exec_in_func():
    exec("q = 3")
    return "q" in locals()
print(exec_in_func())
print(eval(" 1 + 1 "), eval("\t7"))
try:
    eval("1\n+ 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval(compile("a + b", "<ab>", "eval"), {"a": 1, "b": 2}))
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
print(eval("b'x'"), eval("'str'"), eval("(1, 2)"), eval("{1: 2}"))
