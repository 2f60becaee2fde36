# Traceback through methods, a lambda and a comprehension.
class Calc:
    def __init__(self, ops):
        self.ops = ops
    def run(self, x):
        return [op(x) for op in self.ops]

c = Calc([lambda v: v + 1, lambda v: v // 0])
print(Calc([abs]).run(-3))
c.run(10)
