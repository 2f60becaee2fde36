# cmath: 3000 random arguments over the whole exponent range (and near |x| = 1), all functions.
import cmath, random
rng = random.Random(11)
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh', 'phase', 'polar']
for i in range(3000):
    x = rng.choice([-1, 1]) * 10 ** rng.uniform(-320, 308)
    y = rng.choice([-1, 1]) * 10 ** rng.uniform(-320, 308)
    if i % 3 == 0: y = rng.choice([-1,1]) * rng.uniform(0, 3)
    if i % 5 == 0: x = rng.choice([-1,1]) * rng.uniform(0.9, 1.1)
    out = []
    for n in names:
        try: out.append(repr(getattr(cmath, n)(complex(x, y))))
        except Exception as e: out.append(type(e).__name__)
    print(' '.join(out))
