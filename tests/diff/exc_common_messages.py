# A table of common runtime errors and their exact messages.
class C:
    pass
def f(a):
    return a
none, one, s, lst, st = None, 1, "s", [], {1}
exprs = [
    "undefined_variable", "1 + 'a'", "'a' + 1", "[1] + (2,)", "1 - 'a'", "'a' * 'b'", "'a' * 1.5", "[] * []",
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "divmod(1, 0)", "0 ** -1", "0.0 ** -1",
    "[1, 2][5]", "(1,)[1]", "'abc'[9]", "[][-1]", "{}['k']", "{1: 2}[3]", "{}[(1, 2)]", "range(3)[7]",
    "int('x')", "int('1.5')", "float('x')", "int('')", "int(None)", "float([])",
    "None.attr", "(1).foo", "'s'.nope", "[].push", "C.missing", "C().missing", "f.missing", "len.x",
    "none()", "one()", "s()", "lst()", "C()()",
    "none[0]", "one[0]", "len[0]", "C()[0]", "st[0]",
    "iter(1)", "next(iter([]))", "list(1)", "tuple(None)", "set(1.5)", "dict(5)", "sorted(1)",
    "len(1)", "len(None)", "abs('x')", "-'x'", "~1.5", "+[]", "hash([])", "hash({})", "{[]: 1}", "{[]}",
    "1 < 'a'", "[] < {}", "None > 1", "C() < C()", "'a' <= 1.5", "(1,) > [1]",
    "f()", "f(1, 2)", "f(b=1)", "f(1, a=2)", "len()", "isinstance(1)",
    "'abc'.index('z')", "[1].index(2)", "[].pop()", "{}.popitem()", "set().pop()", "[1].remove(2)", "'a,b'.split('')",
    "chr(-1)", "ord('ab')", "range(0, 1, 0)", "'x'.join([1])", "'{}'.format()", "'{0}{1}'.format(1)", "'{a}'.format()",
    "int('5', 1)", "bytes([300])", "b'a'.decode('nope')", "'é'.encode('ascii')", "[0] * (2 ** 100)",
    "(x for x in []).throw(ValueError)", "object().__setattr__('x', 1)", "type('X', (1,), {})",
    "super()", "str.upper(1)", "list.append(1, 2)", "int.__add__('a', 1)", "getattr(1, 'x')",
    "exec('x = ')", "eval('1 +')", "compile('a', 'f', 'bad')", "__import__('nonexistent_mod_q')",
    "print(sep=5)", "round(1.5, 'x')", "max([])", "min(1)", "sum('ab')", "zip(1)", "list(map(1, [1]))", "enumerate(1)",
    "slice(1, 2)[0]", "memoryview(1)", "complex('x')", "frozenset([[]])", "dict.fromkeys(1)",
]
for e in exprs:
    try:
        r = eval(e)
        print(f"{e!r:45} -> no error: {r!r}")
    except Exception as ex:
        print(f"{e!r:45} -> {type(ex).__name__}: {ex}")
