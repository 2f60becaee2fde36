# complex: construction, parsing, repr, arithmetic, pow, comparison, hash.
inf, nan = float("inf"), float("nan")
cs = [0j, -0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
      complex(1e16, 1e-5), complex(inf, -inf), complex(nan, 1), complex(1, nan), complex(0, inf),
      complex(1e300, 1e300), complex(5e-324, -5e-324), 3 + 0j, complex(2.5)]
for c in cs:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), bool(c), abs(c), c.__getnewargs__())
args = [(), (1,), (1, 2), (1.5, -2), (1j,), (1j, 1j), (1 + 2j, 3 + 4j), (2, 1j), (True, False),
        ("1+2j",), ("(1+2j)",), (" ( 1_0+2j ) ",), ("1+j",), ("-j",), ("j",), ("J",), ("1e5J",),
        ("infj",), ("1+nanj",), ("-1.5e-3-2.5e+3j",), ("(1)",), ("1",), ("nanj",), ("-inf-infj",),
        ("+1.5",), ("\u0663j",), ("\u2003 2-3j\u2003",), (10 ** 20, 10 ** 20)]
for a in args:
    print(a, repr(complex(*a)))
print(repr(complex(real=1, imag=2)), repr(complex(imag=3)), repr(complex(real="1.5")))
bad = [("1+",), ("",), ("1 + 2j",), ("1__0j",), ("1+2",), ("1j+2",), ("(1+2j",), ("1+2j)",), ("1+-2j",),
       ("jj",), ("1e",), ("_1j",), ("1",  2), (1, "2"), ([],), (1, []), ("x",), (None,), (1, 2, 3),
       (10 ** 400,), ("1\x00",)]
for a in bad:
    try:
        print("accepted", a, complex(*a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    complex(x=1)
except TypeError as e:
    print("TypeError", e)
vals = [0j, 1j, 1 + 1j, 2 - 3j, -1.5 + 0.5j, complex(1e200, 1e200), complex(inf, 0), 2, 0.5, -3, 0]
for a in vals:
    for b in vals:
        row = []
        for name, f in [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
                        ("/", lambda x, y: x / y), ("**", lambda x, y: x ** y)]:
            try:
                row.append(repr(f(a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(repr(a), repr(b), " ".join(row))
for a, b in [(2 + 3j, 0.5), (2 + 3j, -2), (1j, 1j), (1 + 1j, 1000), (1 + 1j, 100), (1 + 1j, 101), (-8, 1 / 3),
             (0j, 0), (0j, -1), (0j, 1j), (0j, 2), (complex(inf, 12), 1e-6 + 1e-6j), (2, 1 + 1j), (1e10j, 50)]:
    try:
        print(repr(a ** b))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError", e)
for expr in ["1j // 1", "1j % 1", "divmod(1j, 1)", "1j < 1j", "1j <= 1", "1 > 1j", "round(1j)", "float(1j)",
             "int(1j)", "1j + 2 ** 2000", "abs(complex(1e308, 1e308))", "abs(complex(inf, nan))",
             "abs(complex(nan, 1))", "complex(1e308, 1e308) * 2", "(1 + 2j) / 0", "(1 + 2j) / 0j", "-(1 + 2j)",
             "+(1j)", "1j == 1j", "(1 + 0j) == 1", "(1 + 0j) == True", "(1 + 0j) != 1.0", "1j == 'x'",
             "complex(2 ** 53 + 1, 0) == 2 ** 53 + 1", "complex(inf) == 10 ** 400", "hash(1 + 2j)",
             "hash(complex(1.5, 0)) == hash(1.5)", "hash(complex(0, 1))", "hash(complex(-1, -1))",
             "hash(complex(1e300, -1e300))", "complex.__complex__(1j)", "(3 + 4j).__abs__()", "1j.real",
             "(1 + 2j).imag", "complex('1' * 400 + 'j')"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
