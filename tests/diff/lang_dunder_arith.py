# Binary arithmetic special methods and NotImplemented fallback.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _op(self, other, f):
        if isinstance(other, V):
            return V(*[f(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[f(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is not None:
            return V(*[pow(a, o, mod) for a in self.c])
        return self._op(o, lambda a, b: a ** b)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
a, b = V(6, 9), V(4, 2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a + 1, a * 2.5, a << 1, a >> 1, a & 3, a | 1, a ^ 5)
print(a @ b, divmod(a, b), pow(a, 2, 5))
for expr in ["a + 'x'", "a - None", "a * []", "divmod(a, 's')", "a ** 'p'", "a < b", "-a", "~a", "abs(a)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
print(Money(150) + Money(275))
try:
    Money(1) + 1
except TypeError as e:
    print(e)
class Str(str):
    def __add__(self, o):
        return "custom:" + str.__add__(self, o)
print(Str("a") + "b", "b" + Str("a"))
