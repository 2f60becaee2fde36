# cmath: every function over a grid of special and ordinary values (repr of
# results, or the exception raised), checking branch cuts and signed zeros.
import cmath

inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 5e-324, -5e-324,
        2.2250738585072014e-308, 1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308,
        0.7, 1.2, -1.2, 3.0, 10.0, -10.0, 700.0, -700.0, 710.0, -710.0, 1e-8, 1.5e154, 1e155,
        inf, -inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh',
         'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']
for n in names:
    f = getattr(cmath, n)
    for x in vals:
        out = []
        for y in vals:
            try:
                r = repr(f(complex(x, y)))
            except (ValueError, OverflowError) as e:
                r = type(e).__name__ + ':' + str(e)
            out.append(r)
        print(n, repr(x), ' '.join(out))
