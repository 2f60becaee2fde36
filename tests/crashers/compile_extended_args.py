# Big code objects: a list display of 20000 constants, forward and backward
# jumps over more than 65535 bytes of code (EXTENDED_ARG chains that the
# bytecode verifier must accept and the interpreter decode), many globals.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if isinstance(r, (int, str, bool)) or r is None else type(r).__name__)
    except BaseException as e:
        print(label, "->", type(e).__name__)

attempt("many constants", lambda: (exec("def h2():\n return [" + ",".join("'s%d'" % i for i in range(20000)) + "]", d := {}), len(d["h2"]()))[1])
attempt("big jump", lambda: (exec("def h3(x):\n if x:\n" + "  y = x + 1\n" * 9000 + " return 5", d := {}), d["h3"](0))[1])
attempt("many names", lambda: (exec("def h5():\n return [" + ",".join("n%d" % i for i in range(300)) + "]", d := {}), d["h5"]())[1])
attempt("many globals stored", lambda: (exec("".join("g%d = %d\n" % (i, i) for i in range(3000)), d := {}), d["g2999"])[1])
attempt("big jump back", lambda: (exec("def h6(n):\n while n:\n" + "  n = n - 1\n" * 1 + "  y = n\n" * 9000 + " return y", d := {}), d["h6"](3))[1])
